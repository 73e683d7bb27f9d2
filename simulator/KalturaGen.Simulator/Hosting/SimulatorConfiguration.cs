using Microsoft.Extensions.Configuration;

namespace KalturaGen.Simulator.Hosting;

/// <summary>
/// Reads the standalone simulator's options from configuration (appsettings.json, environment
/// <c>Simulator__…</c>, command line <c>--Simulator:…</c>), section <c>Simulator</c>:
/// <c>ConversionTime</c>, <c>BulkUploadStepTime</c>, <c>FinalChunkWait</c>, <c>ImportTime</c>, <c>Seed</c>, <c>StorageDirectory</c>,
/// <c>ClockMode</c> (<c>system</c> default, or <c>manual</c>), <c>AdminToken</c>, <c>AdminRemoteAccess</c>,
/// <c>Limits:…</c> (<see cref="SimulatorLimits"/>), and <c>Partners:N:Id/AdminSecret/UserSecret/KsVersion/ModerateContent/Features:M</c>.
/// </summary>
internal static class SimulatorConfiguration
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Simulator";

    /// <summary>Reads the options; real time (skippable through the admin API) unless <c>ClockMode=manual</c>.</summary>
    public static SimulatorOptions Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var options = new SimulatorOptions { ConversionTime = TimeSpan.FromSeconds(3) };
        section.Bind(options, binder => binder.ErrorOnUnknownConfiguration = false);
        options.Clock = string.Equals(section["ClockMode"], "manual", StringComparison.OrdinalIgnoreCase)
            ? new ManualClock()
            : new OffsetSystemClock();
        Sessions.PartnerSecrets.Complete(options.Partners);
        return options;
    }
}
