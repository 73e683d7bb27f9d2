using KalturaGen.Client.Models;
using KalturaGen.Client.Tests.TestSupport;
using KalturaGen.Runtime;

namespace KalturaGen.Client.Tests;

/// <summary>Several calls in one POST to service/multirequest, with references between them and per-call outcomes.</summary>
public class MultiRequestTests
{
    [Fact]
    public async Task CallsAreNumberedFromOneAndReferToEarlierResults()
    {
        var handler = new StubHandler().RespondJson("""
            [
              {"id":"1_tok","status":0,"objectType":"KalturaUploadToken"},
              {"id":"1_tok","status":2,"uploadedFileSize":3,"objectType":"KalturaUploadToken"},
              {"code":"ENTRY_ID_NOT_FOUND","message":"Entry id \"0_x\" not found","objectType":"KalturaAPIException","args":{"ENTRY_ID":"0_x"}},
              null
            ]
            """);
        var client = TestClient.Create(handler);
        var batch = client.CreateMultiRequest();

        var add = batch.UploadToken.Add(new UploadToken { FileName = "a.bin" });
        var upload = batch.UploadToken.Upload(add.Reference("id"), KalturaFile.FromBytes("abc"u8.ToArray(), "a.bin"));
        var attach = batch.Media.AddContent("0_x", new UploadedFileTokenResource { Token = add.Reference("id") });
        var delete = batch.UploadToken.Delete(add.Reference());
        await batch.ExecuteAsync();

        var request = handler.Last;
        Assert.Equal("http://kaltura.test/api_v3/service/multirequest", request.Uri.ToString());
        var json = Assert.Single(request.Parts, p => p.Name == "json").Text;
        Assert.Equal(
            TestClient.Body("""
            "1":{"service":"uploadtoken","action":"add","uploadToken":{"objectType":"KalturaUploadToken","fileName":"a.bin"}},"2":{"service":"uploadtoken","action":"upload","uploadTokenId":"{1:result:id}","resume":false,"finalChunk":true,"resumeAt":-1},"3":{"service":"media","action":"addContent","entryId":"0_x","resource":{"objectType":"KalturaUploadedFileTokenResource","token":"{1:result:id}"}},"4":{"service":"uploadtoken","action":"delete","uploadTokenId":"{1:result}"}
            """),
            json);
        var file = Assert.Single(request.Parts, p => p.Name == "2:fileData");
        Assert.Equal(("a.bin", "abc"), (file.FileName, file.Text));

        Assert.Equal("1_tok", add.Result.Id);
        Assert.Equal(3, upload.Result.UploadedFileSize);
        Assert.False(attach.Succeeded);
        var error = Assert.IsType<KalturaApiException>(attach.Exception);
        Assert.Equal("ENTRY_ID_NOT_FOUND", error.Code);
        Assert.Same(error, Assert.Throws<KalturaApiException>(() => attach.Result));
        Assert.True(delete.Succeeded);
        delete.ThrowIfFailed();
    }

    [Fact]
    public async Task CallsWithoutFilesGoAsPlainJson()
    {
        var handler = new StubHandler().RespondJson("""[{"id":"0_e","objectType":"KalturaMediaEntry"},true]""");
        var client = TestClient.Create(handler);
        var batch = client.CreateMultiRequest();

        var get = batch.Media.Get("0_e");
        var ping = batch.System.Ping();
        await batch.ExecuteAsync();

        Assert.Equal("application/json", handler.Last.ContentType);
        Assert.Equal(
            TestClient.Body("""
            "1":{"service":"media","action":"get","entryId":"0_e","version":-1},"2":{"service":"system","action":"ping"}
            """),
            handler.Last.Body);
        Assert.Equal("0_e", get.Result.Id);
        Assert.True(ping.Result);
    }

    [Fact]
    public void ReferencePathsUseColons()
    {
        var batch = TestClient.Create(new StubHandler()).CreateMultiRequest();
        batch.System.Ping();
        var list = batch.UploadToken.List();

        Assert.Equal("{2:result:objects:0:id}", list.Reference("objects.0.id"));
        Assert.Equal(2, list.Index);
    }

    [Fact]
    public async Task ResultBeforeExecutionAndSecondExecutionAreRefused()
    {
        var handler = new StubHandler().RespondJson("[true]");
        var batch = TestClient.Create(handler).CreateMultiRequest();
        var ping = batch.System.Ping();

        Assert.Throws<InvalidOperationException>(() => ping.Result);
        await batch.ExecuteAsync();
        await Assert.ThrowsAsync<InvalidOperationException>(() => batch.ExecuteAsync());
        Assert.Throws<InvalidOperationException>(() => batch.System.Ping());
        await Assert.ThrowsAsync<InvalidOperationException>(() => TestClient.Create(handler).CreateMultiRequest().ExecuteAsync());
    }

    [Fact]
    public async Task WholeRequestErrorIsThrownByExecute()
    {
        var handler = new StubHandler().RespondJson("""{"code":"INVALID_KS","message":"Invalid KS","objectType":"KalturaAPIException","args":{"KSID":"x","ERR_CODE":"-1","ERR_DESC":"INVALID_STR"}}""");
        var batch = TestClient.Create(handler).CreateMultiRequest();
        var ping = batch.System.Ping();

        var error = await Assert.ThrowsAsync<KalturaApiException>(() => batch.ExecuteAsync());

        Assert.Equal("INVALID_KS", error.Code);
        Assert.False(ping.IsCompleted);
    }
}
