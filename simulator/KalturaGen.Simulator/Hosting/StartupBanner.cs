using KalturaGen.Simulator.Admin;

namespace KalturaGen.Simulator.Hosting;

/// <summary>What the standalone simulator prints when it is ready.</summary>
internal static class StartupBanner
{
    /// <summary>Prints the service URL, the partners with their secrets, and the admin API.</summary>
    public static void Print(IEnumerable<string> urls, SimulatorRuntime runtime)
    {
        var url = urls.FirstOrDefault() ?? "http://localhost:5000";
        Console.WriteLine("KalturaGen simulator (fake Kaltura api_v3) is running.");
        Console.WriteLine($"  Service URL : {url}/api_v3");
        foreach (var partner in runtime.State.Partners.Values.OrderBy(p => p.Id))
        {
            var features = partner.Features.Count > 0 ? string.Join(", ", partner.Features) : "none";
            Console.WriteLine($"  Partner {partner.Id}: admin secret '{partner.AdminSecret}', user secret '{partner.UserSecret}', KS v{partner.KsVersion}, features: {features}");
        }

        Console.WriteLine($"  Admin API   : {url}{SimulatorApp.AdminPrefix}/ (reset, tokens, entries, assets, journal, clock/advance, faults), from this machine only");
        Console.WriteLine($"  Admin token : {runtime.AdminToken} (send it as the {AdminAccess.TokenHeader} header)");
        Console.WriteLine($"                curl -H \"{AdminAccess.TokenHeader}: {runtime.AdminToken}\" {url}{SimulatorApp.AdminPrefix}/journal");
        Console.WriteLine($"  Conversion  : {runtime.Options.ConversionTime.TotalSeconds:0.##} s, final-chunk wait {runtime.Options.FinalChunkWait.TotalSeconds:0.##} s");
        Console.WriteLine($"  Try         : curl -d \"format=1\" {url}/api_v3/service/system/action/ping");
    }
}
