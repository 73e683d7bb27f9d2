using System.Net;
using System.Text;
using KalturaGen.Simulator.Admin;
using KalturaGen.Simulator.Hosting;
using KalturaGen.Simulator.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using static KalturaGen.Simulator.Tests.Support.SimulatorApi;

namespace KalturaGen.Simulator.Tests.Abuse;

/// <summary>
/// JSONP callbacks are validated as the server's KalturaJsonProcSerializer does, caller-chosen content types are
/// limited to ones a browser will not render as a page, and the admin API answers only its owner.
/// </summary>
public sealed class WebSafetyTests
{
    [Fact]
    public async Task AJsonpCallbackOutsideTheServersPatternIsRefused()
    {
        await using var api = await StartAsync();
        var response = await api.Http.GetAsync("/api_v3/service/system/action/ping?format=9&callback=%3Cscript%3Ealert(1)%3C/script%3E&content-type=text/html");
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>", body);
        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("error- INVALID_FIELD_VALUE", response.Headers.GetValues("X-Kaltura").Single());
        var error = AssertError(Parse(body), "INVALID_FIELD_VALUE");
        Assert.Equal("value in field [callback] is not valid", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task AJsonpCallbackMayUseLettersDigitsUnderscoresAndDots()
    {
        await using var api = await StartAsync();
        var body = await (await api.Http.GetAsync("/api_v3/service/system/action/ping?format=9&callback=jQuery_1.cb2")).Content.ReadAsStringAsync();
        Assert.Equal("jQuery_1.cb2(true);", body);
    }

    [Fact]
    public async Task JsonpNeedsACallbackInTheQueryString()
    {
        await using var api = await StartAsync();
        var missing = await api.Http.GetAsync("/api_v3/service/system/action/ping?format=9");
        AssertError(Parse(await missing.Content.ReadAsStringAsync()), "MANDATORY_PARAMETER_MISSING");
        // The server reads $_GET["callback"]: a callback in the body does not count.
        var inBody = await api.PostFormAsync("/api_v3/service/system/action/ping?format=9", [("callback", "cb")]);
        AssertError(Parse(await inBody.Content.ReadAsStringAsync()), "MANDATORY_PARAMETER_MISSING");
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("TEXT/HTML; charset=utf-8")]
    [InlineData("image/svg+xml")]
    [InlineData("application/xhtml+xml")]
    [InlineData("text/plain\r\nX-Injected: 1")]
    public async Task ACallerChosenContentTypeThatABrowserWouldRenderIsIgnored(string requested)
    {
        await using var api = await StartAsync();
        var response = await api.PostFormAsync("/api_v3/service/system/action/ping", [("format", "1"), ("content-type", requested)]);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.False(response.Headers.Contains("X-Injected"));
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Theory]
    [InlineData("deck.pdf")]
    [InlineData("dëck \"1\".pdf")]
    [InlineData("a\r\nX-Injected: 1.pdf")]
    public async Task AServedFileNameNeverBreaksTheHeaders(string fileName)
    {
        // On Kestrel, which (unlike TestHost) refuses header values it cannot send.
        await using var api = await StartAsync(kestrel: true);
        var entry = await api.NewMediaAsync();
        var id = (await api.CallAsync("attachment_attachmentAsset", "add", ("entryId", entry), ("attachmentAsset:filename", fileName))).GetProperty("id").GetString()!;
        var data = TestData.Bytes(100);
        await api.CallAsync("attachment_attachmentAsset", "setContent", ("id", id), ("contentResource:objectType", "KalturaUploadedFileTokenResource"),
            ("contentResource:token", await api.UploadFileAsync(data, "deck.pdf")));

        var response = await api.Http.GetAsync($"/api_v3/service/attachment_attachmentAsset/action/serve?ks={api.Ks}&attachmentAssetId={id}");
        Assert.Equal(TestData.Sha256(data), TestData.Sha256(await response.Content.ReadAsByteArrayAsync()));
        Assert.False(response.Headers.Contains("X-Injected") || response.Content.Headers.Contains("X-Injected"));
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal(fileName, disposition.FileNameStar ?? disposition.FileName!.Trim('"'));
        if (fileName == "deck.pdf")
        {
            Assert.Equal("attachment; filename=\"deck.pdf\"", disposition.ToString()); // the server's own form
        }
    }

    [Fact]
    public async Task StoredContentIsServedSandboxed()
    {
        await using var api = await StartAsync();
        var id = (await api.CallAsync("attachment_attachmentAsset", "add", ("entryId", await api.NewMediaAsync()), ("attachmentAsset:fileExt", "html"))).GetProperty("id").GetString()!;
        var page = "<script>alert(document.domain)</script>"u8.ToArray();
        await api.CallAsync("attachment_attachmentAsset", "setContent", ("id", id), ("contentResource:objectType", "KalturaUploadedFileTokenResource"),
            ("contentResource:token", await api.UploadFileAsync(page, "page.html")));
        var url = (await api.CallAsync("attachment_attachmentAsset", "getUrl", ("id", id))).GetString()!;

        foreach (var response in new[] { await api.Http.GetAsync(url), await api.Http.GetAsync($"/api_v3/service/attachment_attachmentAsset/action/serve?ks={api.Ks}&attachmentAssetId={id}") })
        {
            Assert.Equal(TestData.Sha256(page), TestData.Sha256(await response.Content.ReadAsByteArrayAsync()));
            Assert.Equal("sandbox", response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        }
    }

    [Fact]
    public async Task TheAdminApiRefusesCallsWithoutItsToken()
    {
        await using var simulator = await KalturaSimulator.StartKestrelAsync();
        using var http = new HttpClient { BaseAddress = simulator.BaseAddress };
        (await http.PostAsync("/api_v3/service/uploadToken/action/add?format=1&ks=" + simulator.CreateKs(), null)).EnsureSuccessStatusCode();

        // A cross-site form post needs no pre-flight; it must not reset the simulator.
        var crossSite = new HttpRequestMessage(HttpMethod.Post, "/__kalturagen/reset") { Content = new StringContent("x", Encoding.UTF8, "text/plain") };
        crossSite.Headers.Add("Origin", "https://evil.example");
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(crossSite)).StatusCode);
        Assert.Single(await simulator.Admin.GetTokensAsync());

        var partners = await http.GetAsync("/__kalturagen/partners");
        Assert.Equal(HttpStatusCode.Unauthorized, partners.StatusCode);
        Assert.DoesNotContain("simulator-admin-secret", await partners.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/__kalturagen/ks?partnerId=100")).StatusCode);

        var wrong = new HttpRequestMessage(HttpMethod.Get, "/__kalturagen/partners");
        wrong.Headers.Add(AdminAccess.TokenHeader, "not-the-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(wrong)).StatusCode);

        var right = new HttpRequestMessage(HttpMethod.Get, "/__kalturagen/partners");
        right.Headers.Add(AdminAccess.TokenHeader, simulator.AdminToken);
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(right)).StatusCode);
    }

    [Fact]
    public async Task TheAdminApiAnswersOnlyLoopbackCallers()
    {
        var runtime = new SimulatorRuntime(new SimulatorOptions { AdminToken = "t0ken" });
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSimulator(runtime);
        await using var app = builder.Build();
        app.MapSimulator();
        await app.StartAsync();
        using var remote = new HttpClient(app.GetTestServer().CreateHandler(c => c.Connection.RemoteIpAddress = IPAddress.Parse("192.0.2.7")))
        {
            BaseAddress = new Uri("http://localhost"),
        };
        remote.DefaultRequestHeaders.Add(AdminAccess.TokenHeader, "t0ken");
        Assert.Equal(HttpStatusCode.Forbidden, (await remote.GetAsync("/__kalturagen/partners")).StatusCode);
        Assert.Equal("true", await (await remote.GetAsync("/api_v3/service/system/action/ping?format=1")).Content.ReadAsStringAsync());

        using var local = new HttpClient(app.GetTestServer().CreateHandler(c => c.Connection.RemoteIpAddress = IPAddress.IPv6Loopback))
        {
            BaseAddress = new Uri("http://localhost"),
        };
        local.DefaultRequestHeaders.Add(AdminAccess.TokenHeader, "t0ken");
        Assert.Equal(HttpStatusCode.OK, (await local.GetAsync("/__kalturagen/partners")).StatusCode);
        await app.StopAsync();
        runtime.Dispose();
    }

    [Fact]
    public async Task TheAdminTokenIsRandomPerSimulatorUnlessConfigured()
    {
        await using var one = await KalturaSimulator.StartInProcessAsync();
        await using var two = await KalturaSimulator.StartInProcessAsync();
        Assert.NotEqual(one.AdminToken, two.AdminToken);
        Assert.True(one.AdminToken.Length >= 32);
        await using var fixedToken = await KalturaSimulator.StartInProcessAsync(new SimulatorOptions { AdminToken = "chosen" });
        Assert.Equal("chosen", fixedToken.AdminToken);
    }
}
