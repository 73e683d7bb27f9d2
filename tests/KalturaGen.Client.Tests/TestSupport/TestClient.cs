using KalturaGen.Runtime;

namespace KalturaGen.Client.Tests.TestSupport;

/// <summary>A generated client wired to a stub handler.</summary>
internal static class TestClient
{
    public static readonly Uri ServiceUrl = new("http://kaltura.test/");

    public static KalturaClient Create(StubHandler handler, Action<KalturaClientOptions>? configure = null)
    {
        var options = new KalturaClientOptions { ServiceUrl = ServiceUrl, PartnerId = 100, Ks = "admin-ks", ClientTag = "tests" };
        configure?.Invoke(options);
        return new KalturaClient(new HttpClient(handler), options);
    }

    /// <summary>A whole body: the common members, then <paramref name="members"/> (JSON members without braces).</summary>
    public static string Body(string members) => "{" + Common + "," + members + "}";

    /// <summary>The members every request starts with, for the options <see cref="Create"/> uses.</summary>
    public static string Common => $"\"format\":1,\"ks\":\"admin-ks\",\"partnerId\":100,\"clientTag\":\"tests\",\"apiVersion\":\"{KalturaClient.SchemaApiVersion}\"";
}
