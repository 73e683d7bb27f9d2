using KalturaGen.Client.Models;
using KalturaGen.Client.Tests.TestSupport;
using KalturaGen.Runtime;
using KalturaGen.Runtime.Sessions;
using Microsoft.Extensions.Time.Testing;

namespace KalturaGen.Client.Tests.Sessions;

/// <summary>The client asks its session provider before every call, multirequests included, and sends that KS.</summary>
public class SessionProviderWiringTests
{
    private const string TokenJson = """{"id":"1_tok","objectType":"KalturaUploadToken"}""";

    [Fact]
    public async Task EachCallAsksTheProviderAndSendsItsKs()
    {
        var handler = new StubHandler().RespondJson(TokenJson).RespondJson(TokenJson).RespondJson($"[{TokenJson},{TokenJson}]");
        var asked = 0;
        var client = TestClient.Create(handler, o =>
        {
            o.Ks = null;
            o.SessionProvider = new KalturaDelegateSessionProvider(_ => ValueTask.FromResult<string?>($"ks-{Interlocked.Increment(ref asked)}"));
        });

        await client.UploadToken.GetAsync("1_tok");
        await client.UploadToken.GetAsync("1_tok");
        var batch = client.CreateMultiRequest();
        batch.UploadToken.Get("1_tok");
        batch.UploadToken.Get("1_tok");
        await batch.ExecuteAsync();

        Assert.Equal(["ks-1", "ks-2", "ks-3"], handler.Requests.Select(r => SentKs.Of(r.Body)));
        Assert.Equal("ks-3", client.Ks);
    }

    [Fact]
    public async Task AMultipartCallCarriesTheProvidersKsInItsJsonPart()
    {
        var handler = new StubHandler().RespondJson(TokenJson);
        var client = TestClient.Create(handler, o =>
        {
            o.Ks = null;
            o.SessionProvider = new KalturaDelegateSessionProvider(_ => ValueTask.FromResult<string?>("multipart-ks"));
        });

        await client.UploadToken.UploadAsync("1_tok", KalturaFile.FromBytes(new byte[] { 1, 2, 3 }, "a.bin"));

        Assert.Equal("multipart-ks", SentKs.Of(handler.Last.Parts.Single(p => p.Name == "json").Text));
    }

    [Fact]
    public async Task SettingKsSwitchesFromTheRenewingSessionToThatFixedKs()
    {
        var handler = new StubHandler().RespondJson(TokenJson).RespondJson(TokenJson);
        var client = TestClient.Create(handler, o =>
        {
            o.Ks = null;
            o.Session = new KalturaSessionOptions { Secret = "wiring-secret", Type = KsType.Admin };
        });
        Assert.Null(client.Ks);

        await client.UploadToken.GetAsync("1_tok");
        var generated = SentKs.Of(handler.Last.Body);
        Assert.True(KalturaSession.TryParse(generated, "wiring-secret", out _));
        Assert.Equal(generated, client.Ks);

        client.Ks = "fixed-ks";
        await client.UploadToken.GetAsync("1_tok");

        Assert.Equal("fixed-ks", SentKs.Of(handler.Last.Body));
        Assert.Equal("fixed-ks", client.Ks);
        Assert.IsType<KalturaStaticSessionProvider>(client.Connection.SessionProvider);
    }

    [Fact]
    public async Task TheProviderIsAskedUnderTheCallsTimeout()
    {
        var clock = new FakeTimeProvider();
        var asked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var client = TestClient.Create(new StubHandler(), o =>
        {
            o.Ks = null;
            o.Timeout = TimeSpan.FromSeconds(30);
            o.TimeProvider = clock;
            o.SessionProvider = new KalturaDelegateSessionProvider(async cancellationToken =>
            {
                asked.SetResult();
                await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
                return "never";
            });
        });

        var call = client.UploadToken.GetAsync("1_tok");
        await asked.Task;
        clock.Advance(TimeSpan.FromSeconds(30));

        var timeout = await Assert.ThrowsAsync<TimeoutException>(() => call);
        Assert.Contains("within 00:00:30", timeout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OptionsWithTwoSourcesOfSessionsAreRefused()
    {
        var options = new KalturaClientOptions
        {
            ServiceUrl = TestClient.ServiceUrl,
            PartnerId = 100,
            Ks = "fixed",
            Session = new KalturaSessionOptions { Secret = "secret" },
        };

        var refused = Assert.Throws<ArgumentException>(() => new KalturaConnection(options, "1"));

        Assert.Contains("More than one source of sessions is set (Ks, Session:Secret)", refused.Message, StringComparison.Ordinal);
    }
}
