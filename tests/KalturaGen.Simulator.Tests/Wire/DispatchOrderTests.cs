using KalturaGen.Simulator.Sessions;
using static KalturaGen.Simulator.Tests.Support.SimulatorApi;

namespace KalturaGen.Simulator.Tests.Wire;

/// <summary>The dispatcher's checks and their order (reference §1.3): the first error wins.</summary>
public sealed class DispatchOrderTests
{
    [Fact]
    public async Task MissingServiceComesFirst()
    {
        await using var api = await StartAsync();
        var response = await api.PostFormAsync("/api_v3/index.php", [("format", "1"), ("action", "list")]);
        var error = AssertError(Parse(await response.Content.ReadAsStringAsync()), "SERVICE_NOT_SPECIFIED");
        Assert.Equal("Service name was not specified, please specify one", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task EmptyPathSegmentsAreDroppedAsThePhpServerDoes()
    {
        await using var api = await StartAsync();
        // "/service//action/" reads as service=action once the empty parts are removed.
        var error = AssertError(await api.CallAsync("", ""), "SERVICE_DOES_NOT_EXISTS");
        Assert.Equal("action", error.GetProperty("args").GetProperty("SRV_NAME").GetString());
    }

    [Fact]
    public async Task UnknownServiceIsReportedLowerCased()
    {
        await using var api = await StartAsync();
        var error = AssertError(await api.CallAsync("NoSuch", "list"), "SERVICE_DOES_NOT_EXISTS");
        Assert.Equal("Service \"nosuch\" does not exists", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task MissingActionComesNext()
    {
        await using var api = await StartAsync();
        var response = await api.PostFormAsync("/api_v3/", [("service", "media"), ("format", "1")]);
        AssertError(Parse(await response.Content.ReadAsStringAsync()), "ACTION_NOT_SPECIFIED");
    }

    [Fact]
    public async Task UnknownActionNamesBothLowerCased()
    {
        await using var api = await StartAsync();
        var error = AssertError(await api.CallAsync("Media", "Explode"), "ACTION_DOES_NOT_EXISTS");
        Assert.Equal("Action \"explode\" does not exists for service \"media\"", error.GetProperty("message").GetString());
        Assert.Equal("explode", error.GetProperty("args").GetProperty("ACTION_NAME").GetString());
        Assert.Equal("media", error.GetProperty("args").GetProperty("SERVICE_NAME").GetString());
    }

    [Fact]
    public async Task BadKsComesBeforeMissingArguments()
    {
        await using var api = await StartAsync();
        var error = AssertError(await api.CallAsync("media", "get", ("ks", "garbage")), "INVALID_KS");
        Assert.Equal("Invalid KS \"garbage\", Error \"-1,INVALID_STR\"", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task MissingArgumentsComeBeforeExpiredKs()
    {
        await using var api = await StartAsync();
        var expired = api.CreateKs(expirySeconds: 0);
        AssertError(await api.CallAsync("media", "get", ("ks", expired)), "MISSING_MANDATORY_PARAMETER");
        var error = AssertError(await api.CallAsync("media", "get", ("ks", expired), ("entryId", "0_x")), "INVALID_KS");
        Assert.Equal("Invalid KS \"EXPIRED\", Error \"-1,INVALID_STR\"", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task NoKsAndNoPartnerIsMissingKs()
    {
        await using var api = await StartAsync();
        var error = AssertError(await api.CallAsync("media", "list", ("ks", "")), "MISSING_KS");
        Assert.Equal("Missing KS, session not established", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task TheKsIsReadOnlyFromTheKsParameterNeverFromAHeader()
    {
        await using var api = await StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api_v3/service/media/action/list")
        {
            Content = new FormUrlEncodedContent([new("format", "1")]),
        };
        request.Headers.TryAddWithoutValidation("Authorization", $"KS {api.Ks}");
        request.Headers.TryAddWithoutValidation("ks", api.Ks);
        var response = await api.Http.SendAsync(request);
        AssertError(Parse(await response.Content.ReadAsStringAsync()), "MISSING_KS");
    }

    [Fact]
    public async Task NoKsWithAPartnerIsForbidden()
    {
        await using var api = await StartAsync();
        var error = AssertError(await api.CallAsync("uploadToken", "add", ("ks", ""), ("partnerId", "100")), "SERVICE_FORBIDDEN");
        Assert.Equal("The access to service [uploadtoken->add] is forbidden", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task WidgetSessionsMayOnlyRead()
    {
        await using var api = await StartAsync();
        var widget = api.CreateKs(SessionKind.User, "", "view:*,widget:1");
        AssertError(await api.CallAsAsync(widget, "uploadToken", "add"), "SERVICE_FORBIDDEN");
        Assert.Equal(0, (await api.CallAsAsync(widget, "uploadToken", "list")).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task ImpersonatingAnotherPartnerIsForbidden()
    {
        await using var api = await StartAsync();
        AssertError(await api.CallAsync("media", "list", ("partnerId", "200")), "SERVICE_FORBIDDEN");
    }
}
