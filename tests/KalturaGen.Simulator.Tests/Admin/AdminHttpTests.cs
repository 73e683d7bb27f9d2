using System.Net.Http.Json;
using System.Text.Json;
using KalturaGen.Simulator.Tests.Support;

namespace KalturaGen.Simulator.Tests.Admin;

/// <summary>The admin API over HTTP under /__kalturagen/, on a real Kestrel port.</summary>
public sealed class AdminHttpTests
{
    [Fact]
    public async Task KestrelSimulatorServesTheApiAndTheAdminApi()
    {
        await using var simulator = await KalturaSimulator.StartKestrelAsync();
        Assert.StartsWith("http://127.0.0.1:", simulator.BaseAddress.ToString());
        using var http = simulator.CreateAdminHttpClient();

        var ks = (await http.GetFromJsonAsync<JsonElement>("/__kalturagen/ks?partnerId=100")).GetProperty("ks").GetString()!;
        var token = SimulatorApi.Parse(await (await http.PostAsync($"/api_v3/service/uploadToken/action/add?format=1&ks={ks}", null)).Content.ReadAsStringAsync());
        var tokens = await http.GetFromJsonAsync<JsonElement>("/__kalturagen/tokens");
        Assert.Equal(token.GetProperty("id").GetString(), tokens[0].GetProperty("id").GetString());

        var before = (await http.GetFromJsonAsync<JsonElement>("/__kalturagen/clock")).GetProperty("now").GetInt64();
        var after = (await (await http.PostAsync("/__kalturagen/clock/advance?seconds=90", null)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("now").GetInt64();
        Assert.Equal(before + 90, after);

        var fault = await http.PostAsJsonAsync("/__kalturagen/faults", new { target = "system.ping", kind = "HttpError", statusCode = 500, firstCalls = 1 });
        fault.EnsureSuccessStatusCode();
        Assert.Equal(500, (int)(await http.GetAsync("/api_v3/service/system/action/ping")).StatusCode);
        Assert.True((await http.GetAsync("/api_v3/service/system/action/ping")).IsSuccessStatusCode);

        var journal = await http.GetFromJsonAsync<JsonElement>("/__kalturagen/journal");
        Assert.Contains(journal.EnumerateArray(), e => e.GetProperty("fault").ValueKind == JsonValueKind.String);
        Assert.Equal(100, (await http.GetFromJsonAsync<JsonElement>("/__kalturagen/partners"))[0].GetProperty("id").GetInt32());

        (await http.PostAsync("/__kalturagen/reset", null)).EnsureSuccessStatusCode();
        Assert.Equal(0, (await http.GetFromJsonAsync<JsonElement>("/__kalturagen/tokens")).GetArrayLength());
        (await http.PostAsync("/__kalturagen/conversions/fail?count=1", null)).EnsureSuccessStatusCode();
        Assert.Equal(1, simulator.Runtime.State.ConversionFailuresToInject);
    }

    [Fact]
    public async Task BadFaultRulesAreRejectedClearly()
    {
        await using var simulator = await KalturaSimulator.StartInProcessAsync();
        using var http = simulator.CreateAdminHttpClient();
        var response = await http.PostAsync("/__kalturagen/faults", new StringContent("null", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("fault rule", await response.Content.ReadAsStringAsync());
        var malformed = await http.PostAsync("/__kalturagen/faults", new StringContent("{\"kind\":\"NoSuchKind\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await http.PostAsync("/__kalturagen/clock/advance?seconds=-5", null)).StatusCode);
    }
}
