using System.Text;
using KalturaGen.Client.Enums;
using KalturaGen.Client.Models;
using KalturaGen.Runtime;
using KalturaGen.Simulator.Tests.Support;
using static KalturaGen.Simulator.Tests.Bulk.BulkFiles;

namespace KalturaGen.Simulator.Tests.Bulk;

/// <summary>Bulk XML through the generated SDK: media.bulkUploadAdd, then bulk.get (<c>BulkService::getAction</c>).</summary>
public sealed class BulkXmlSdkTests
{
    [Fact]
    public async Task TheSdkQueuesABulkXmlAndFollowsItToItsResults()
    {
        await using var simulator = await KalturaSimulator.StartInProcessAsync();
        var client = simulator.CreateClient();
        var data = TestData.Bytes(10_000);
        var token = await client.UploadToken.AddAsync(new UploadToken { FileName = "sdk.mp4" });
        await client.UploadToken.UploadAsync(token.Id!, KalturaFile.FromBytes(data, "sdk.mp4"));
        var doomed = await client.Media.AddAsync(new MediaEntry { Name = "doomed", MediaType = MediaType.VIDEO });
        var file = Mrss(
            $"""<item><action>add</action><type>1</type><referenceId>sdk-ref</referenceId><name>via sdk</name><tags><tag>sdk</tag></tags><media><mediaType>1</mediaType></media><contentAssets><content><uploadedFileContentResource fileToken="{token.Id}"/></content></contentAssets></item>""",
            $"<item><action>delete</action><entryId>{doomed.Id}</entryId></item>");

        var job = await client.Media.BulkUploadAddAsync(KalturaFile.FromBytes(Encoding.UTF8.GetBytes(file), "bulk.xml", "text/xml"), new BulkUploadXmlJobData());
        Assert.Equal(BatchJobStatus.PENDING, job.Status);
        Assert.Equal(BulkUploadType.XML, job.BulkUploadType);

        simulator.AdvanceTime(TimeSpan.FromSeconds(1));
        Assert.Equal(BatchJobStatus.QUEUED, (await client.Bulk.GetAsync(job.Id!.Value)).Status);
        simulator.AdvanceTime(TimeSpan.FromSeconds(2));
        var done = await client.Bulk.GetAsync(job.Id!.Value);

        Assert.Equal(BatchJobStatus.FINISHED, done.Status);
        var results = done.Results!.Cast<BulkUploadResultEntry>().ToList();
        Assert.Equal([BulkUploadResultStatus.OK, BulkUploadResultStatus.OK], results.Select(r => r.Status));
        Assert.Equal([BulkUploadAction.ADD, BulkUploadAction.DELETE], results.Select(r => r.Action));
        simulator.AdvanceTime(TimeSpan.FromMinutes(1));
        var added = await client.Media.GetAsync(results[0].EntryId!);
        Assert.Equal(EntryStatus.READY, added.Status);
        Assert.Equal("sdk-ref", added.ReferenceId);
        var error = await Assert.ThrowsAsync<KalturaApiException>(() => client.Media.GetAsync(doomed.Id!));
        Assert.Equal("ENTRY_ID_NOT_FOUND", error.Code);
    }
}
