using KalturaGen.Client.Enums;
using KalturaGen.Client.Models;
using KalturaGen.Client.Tests.TestSupport;

namespace KalturaGen.Client.Tests;

/// <summary>What goes on the wire for a single call: URL, content type and the exact JSON body.</summary>
public class RequestBodyTests
{
    private const string TokenJson = """{"objectType":"KalturaUploadToken","id":"1_tok","status":0,"fileName":"movie.mp4","fileSize":1024,"uploadedFileSize":0}""";

    [Fact]
    public async Task AddPostsTheExactJsonBody()
    {
        var handler = new StubHandler().RespondJson(TokenJson);
        var client = TestClient.Create(handler);

        await client.UploadToken.AddAsync(new UploadToken { FileName = "movie.mp4", FileSize = 1024 });

        var request = handler.Last;
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("http://kaltura.test/api_v3/service/uploadtoken/action/add", request.Uri.ToString());
        Assert.Equal("application/json", request.ContentType);
        Assert.Equal(
            TestClient.Body("""
            "uploadToken":{"objectType":"KalturaUploadToken","fileName":"movie.mp4","fileSize":1024}
            """),
            request.Body);
    }

    [Fact]
    public async Task ServiceUrlWithAPathPrefixKeepsIt()
    {
        var handler = new StubHandler().RespondJson(TokenJson);
        var client = TestClient.Create(handler, o => o.ServiceUrl = new Uri("http://kaltura.test/proxy"));

        await client.UploadToken.GetAsync("1_tok");

        Assert.Equal("http://kaltura.test/proxy/api_v3/service/uploadtoken/action/get", handler.Last.Uri.ToString());
    }

    [Fact]
    public async Task ReadOnlyPropertiesAreNeverSent()
    {
        var handler = new StubHandler().RespondJson(TokenJson);
        var client = TestClient.Create(handler);

        await client.UploadToken.AddAsync(new UploadToken { Id = "1_tok", Status = UploadTokenStatus.FULL_UPLOAD, FileName = "a.mp4" });

        Assert.EndsWith("""
            "uploadToken":{"objectType":"KalturaUploadToken","fileName":"a.mp4"}}
            """, handler.Last.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssignedNullIsSentAsNullSuffixAndUnassignedIsLeftOut()
    {
        var handler = new StubHandler().RespondJson("""{"objectType":"KalturaMediaEntry","id":"0_e"}""");
        var client = TestClient.Create(handler);

        await client.Media.UpdateAsync("0_e", new MediaEntry { Description = null, Tags = "a,b" });

        Assert.EndsWith("""
            "entryId":"0_e","mediaEntry":{"objectType":"KalturaMediaEntry","description__null":"","tags":"a,b"}}
            """, handler.Last.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchModifyUpdateSendsOnlyTheChange()
    {
        var handler = new StubHandler()
            .RespondJson("""{"id":"0_e","name":"old","description":"keep","status":2,"mediaType":1,"objectType":"KalturaMediaEntry"}""")
            .RespondJson("""{"id":"0_e","name":"new","objectType":"KalturaMediaEntry"}""");
        var client = TestClient.Create(handler);

        var entry = await client.Media.GetAsync("0_e");
        Assert.Empty(entry.AssignedProperties);
        entry.Name = "new";
        await client.Media.UpdateAsync(entry.Id!, entry);

        Assert.EndsWith("""
            "entryId":"0_e","mediaEntry":{"objectType":"KalturaMediaEntry","name":"new"}}
            """, handler.Last.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NestedObjectCarriesItsObjectType()
    {
        var handler = new StubHandler().RespondJson("""{"id":"0_e","objectType":"KalturaMediaEntry"}""");
        var client = TestClient.Create(handler);

        await client.Media.AddContentAsync("0_e", new UploadedFileTokenResource { Token = "1_tok" });

        Assert.EndsWith("""
            "entryId":"0_e","resource":{"objectType":"KalturaUploadedFileTokenResource","token":"1_tok"}}
            """, handler.Last.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OptionalParametersSendTheirDefaultsAndNullsAreLeftOut()
    {
        var handler = new StubHandler().RespondJson("\"ks-value\"");
        var client = TestClient.Create(handler, o =>
        {
            o.Ks = null;
            o.PartnerId = null;
        });

        var ks = await client.Session.StartAsync("secret", partnerId: 200);

        Assert.Equal("ks-value", ks);
        Assert.Equal(
            $$"""{"format":1,"clientTag":"tests","apiVersion":"{{KalturaClient.SchemaApiVersion}}","secret":"secret","userId":"","type":0,"partnerId":200,"expiry":86400}""",
            handler.Last.Body);
    }

    [Fact]
    public async Task PartnerIdParameterReplacesTheConfiguredPartner()
    {
        var handler = new StubHandler().RespondJson("\"ks-value\"");
        var client = TestClient.Create(handler);

        await client.Session.StartAsync("secret", "user", SessionType.ADMIN, 200);

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(handler.Last.Body, "\"partnerId\""));
        Assert.Contains("\"type\":2,\"partnerId\":200", handler.Last.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KsSetOnTheClientIsSentFromTheNextCall()
    {
        var handler = new StubHandler().RespondJson(TokenJson).RespondJson(TokenJson);
        var client = TestClient.Create(handler);

        await client.UploadToken.GetAsync("1_tok");
        client.Ks = "user-ks";
        await client.UploadToken.GetAsync("1_tok");

        Assert.Contains("\"ks\":\"admin-ks\"", handler.Requests[0].Body, StringComparison.Ordinal);
        Assert.Contains("\"ks\":\"user-ks\"", handler.Requests[1].Body, StringComparison.Ordinal);
    }
}
