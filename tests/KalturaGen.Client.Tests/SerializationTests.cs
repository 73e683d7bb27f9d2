using System.Text.Json;
using KalturaGen.Client.Enums;
using KalturaGen.Client.Json;
using KalturaGen.Client.Models;
using KalturaGen.Client.Tests.TestSupport;
using KalturaGen.Runtime;

namespace KalturaGen.Client.Tests;

/// <summary>Reading what the server sends and writing what it expects, through the generated code.</summary>
public class SerializationTests
{
    [Fact]
    public async Task ObjectTypeSelectsTheSubclass()
    {
        var handler = new StubHandler().RespondJson("""{"id":"0_m","name":"clip","mediaType":1,"objectType":"KalturaMediaEntry"}""");
        var client = TestClient.Create(handler);

        var entry = await client.BaseEntry.GetAsync("0_m");

        var media = Assert.IsType<MediaEntry>(entry);
        Assert.Equal("clip", media.Name);
        Assert.Equal(MediaType.VIDEO, media.MediaType);
    }

    [Fact]
    public async Task UnknownObjectTypeFallsBackToTheDeclaredTypeKeepingKnownProperties()
    {
        var handler = new StubHandler().RespondJson("""{"id":"0_l","name":"live","streamName":"s1","objectType":"KalturaLiveStreamEntry"}""");
        var client = TestClient.Create(handler);

        var entry = await client.BaseEntry.GetAsync("0_l");

        Assert.Equal(typeof(BaseEntry), entry.GetType());
        Assert.Equal(("0_l", "live"), (entry.Id, entry.Name));
    }

    [Fact]
    public async Task ListItemsAreReadPolymorphically()
    {
        var handler = new StubHandler().RespondJson("""
            {"objects":[{"id":"0_m","objectType":"KalturaMediaEntry"},{"id":"0_d","objectType":"KalturaDataEntry"},{"id":"0_b","objectType":"KalturaBaseEntry"}],"totalCount":3,"objectType":"KalturaBaseEntryListResponse"}
            """);
        var client = TestClient.Create(handler);

        var list = await client.BaseEntry.ListAsync();

        Assert.Equal(3, list.TotalCount);
        Assert.Collection(list.Objects!, e => Assert.IsType<MediaEntry>(e), e => Assert.IsType<DataEntry>(e), e => Assert.IsType<BaseEntry>(e));
    }

    [Fact]
    public async Task StringEnumsReadNumbersAndKeepUnknownValues()
    {
        var handler = new StubHandler()
            .RespondJson("""{"id":"0_a","status":2,"objectType":"KalturaMediaEntry"}""")
            .RespondJson("""{"id":"0_b","status":"virusScan.Infected","objectType":"KalturaMediaEntry"}""");
        var client = TestClient.Create(handler);

        var ready = await client.Media.GetAsync("0_a");
        var infected = await client.Media.GetAsync("0_b");

        Assert.Equal(EntryStatus.READY, ready.Status);
        Assert.True(ready.Status!.Value.IsKnown);
        Assert.Equal("virusScan.Infected", infected.Status!.Value.Value);
        Assert.False(infected.Status.Value.IsKnown);
    }

    [Fact]
    public async Task LenientScalarsReadNumbersAsStringsAndBooleansAsDigits()
    {
        var handler = new StubHandler()
            .RespondJson("\"12345678901\"")
            .RespondJson("""{"id":"1_t","fileSize":"2048","uploadedFileSize":"1024.5","createdAt":"1700000000","objectType":"KalturaUploadToken"}""")
            .RespondJson("1");
        var client = TestClient.Create(handler);

        var jobId = await client.Media.ConvertAsync("0_e");
        var token = await client.UploadToken.GetAsync("1_t");
        var pong = await client.System.PingAsync();

        Assert.Equal(12345678901L, jobId);
        Assert.Equal((2048d, 1024.5d, 1700000000), (token.FileSize, token.UploadedFileSize, token.CreatedAt));
        Assert.True(pong);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("0", false)]
    [InlineData("\"1\"", true)]
    [InlineData("\"false\"", false)]
    public void BooleansAcceptEveryServerSpelling(string json, bool expected)
    {
        using var document = JsonDocument.Parse(json);
        Assert.Equal(expected, KalturaJsonReader.ReadBoolean(document.RootElement));
    }

    [Fact]
    public void GeneratedOptionsSerializeTheRequestForm()
    {
        var entry = new MediaEntry { Id = "0_e", Name = "clip", MediaType = MediaType.AUDIO, Description = null };

        var json = JsonSerializer.Serialize(entry, KalturaJsonTypeInfoResolver.Options);

        Assert.Equal("""{"objectType":"KalturaMediaEntry","name":"clip","description__null":"","mediaType":5}""", json);
    }

    [Fact]
    public void GeneratedOptionsDeserializePolymorphicallyWithNothingAssigned()
    {
        var entry = JsonSerializer.Deserialize<BaseEntry>(
            """{"id":"0_e","status":"2","mediaType":"1","objectType":"KalturaMediaEntry"}""",
            KalturaJsonTypeInfoResolver.Options);

        var media = Assert.IsType<MediaEntry>(entry);
        Assert.Equal((EntryStatus.READY, MediaType.VIDEO), (media.Status, media.MediaType));
        Assert.Empty(media.AssignedProperties);
    }

    [Fact]
    public void StringEnumsNameTheirKnownValuesAndPrintTheirWireValue()
    {
        Assert.Equal(("READY", "2"), (EntryStatus.READY.Name, EntryStatus.READY.ToString()));
        Assert.Equal("NO_CONTENT", EntryStatus.FromValue("7").Name);
        Assert.Equal("99", EntryStatus.FromValue("99").Name);
        Assert.Equal("FULL_UPLOAD", UploadTokenStatus.FULL_UPLOAD.ToString());
    }

    [Fact]
    public void GeneratedOptionsHandleEnumsOnTheirOwn()
    {
        Assert.Equal("\"2\"", JsonSerializer.Serialize(EntryStatus.READY, KalturaJsonTypeInfoResolver.Options));
        Assert.Equal(EntryStatus.READY, JsonSerializer.Deserialize<EntryStatus>("2", KalturaJsonTypeInfoResolver.Options));
        Assert.Equal("2", JsonSerializer.Serialize(UploadTokenStatus.FULL_UPLOAD, KalturaJsonTypeInfoResolver.Options));
        Assert.Equal(UploadTokenStatus.FULL_UPLOAD, JsonSerializer.Deserialize<UploadTokenStatus>("\"2\"", KalturaJsonTypeInfoResolver.Options));
        Assert.Equal((UploadTokenStatus)42, JsonSerializer.Deserialize<UploadTokenStatus>("42", KalturaJsonTypeInfoResolver.Options));
    }

    [Fact]
    public void SnapshotModeWritesEveryValueIncludingReadOnlyOnes()
    {
        using var document = JsonDocument.Parse("""{"id":"1_t","status":2,"fileName":"a.mp4","objectType":"KalturaUploadToken"}""");
        var token = KalturaJsonReader.ReadObject<UploadToken>(document.RootElement, KalturaObjectFactory.Create)!;
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            token.WriteTo(writer, KalturaJsonWriteMode.Snapshot);
        }

        Assert.Equal(
            """{"objectType":"KalturaUploadToken","id":"1_t","status":2,"fileName":"a.mp4"}""",
            System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    [Fact]
    public void ClearingAssignmentsStopsSendingAndUnassignForgetsOne()
    {
        var token = new UploadToken { FileName = "a.mp4", FileSize = 3 };
        Assert.Equal(["fileName", "fileSize"], token.AssignedProperties.Order());

        Assert.True(token.Unassign("fileSize"));
        Assert.Equal(["fileName"], token.AssignedProperties);
        token.ClearAssignments();

        Assert.Equal("""{"objectType":"KalturaUploadToken"}""", JsonSerializer.Serialize(token, KalturaJsonTypeInfoResolver.Options));
        Assert.Equal("a.mp4", token.FileName);
    }

    [Fact]
    public void EmptyPhpArrayReadsAsAnEmptyMap()
    {
        using var document = JsonDocument.Parse("[]");
        var map = KalturaJsonReader.ReadMap(document.RootElement, KalturaJsonReader.ReadString);
        Assert.NotNull(map);
        Assert.Empty(map);
    }
}
