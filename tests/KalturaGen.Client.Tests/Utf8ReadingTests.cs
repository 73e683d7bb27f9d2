using System.Buffers;
using System.Text;
using System.Text.Json;
using KalturaGen.Client.Enums;
using KalturaGen.Client.Json;
using KalturaGen.Client.Models;

namespace KalturaGen.Client.Tests;

/// <summary>
/// The generated models read token by token from a <see cref="Utf8JsonReader"/> (through the generated options):
/// objectType look-ahead, member names matched as UTF-8, lenient values, and input split into many segments.
/// </summary>
public class Utf8ReadingTests
{
    [Fact]
    public void AClassNothingDerivesFromIsReadAsItselfWhateverItsObjectType()
    {
        var named = JsonSerializer.Deserialize<MediaEntry>("""{"id":"0_a","objectType":"KalturaDataEntry"}""", KalturaJsonTypeInfoResolver.Options);
        var unknown = JsonSerializer.Deserialize<MediaEntry>("""{"id":"0_b","objectType":"KalturaLiveStreamEntry"}""", KalturaJsonTypeInfoResolver.Options);

        Assert.Equal((typeof(MediaEntry), "0_a"), (named!.GetType(), named.Id));
        Assert.Equal((typeof(MediaEntry), "0_b"), (unknown!.GetType(), unknown.Id));
    }

    [Fact]
    public void TheLastTopLevelObjectTypeDecidesAndNestedOnesAreIgnored()
    {
        var entry = JsonSerializer.Deserialize<BaseEntry>(
            """{"objectType":"KalturaDataEntry","extra":{"objectType":"KalturaDocumentEntry","list":[{"objectType":"KalturaDataEntry"}]},"id":"0_m","objectType":"KalturaMediaEntry"}""",
            KalturaJsonTypeInfoResolver.Options);

        var media = Assert.IsType<MediaEntry>(entry);
        Assert.Equal("0_m", media.Id);
        Assert.Empty(media.AssignedProperties);
    }

    [Fact]
    public void EscapedNamesMatchAndUnknownMembersOfEveryShapeAreSkipped()
    {
        var entry = JsonSerializer.Deserialize<BaseEntry>(
            """{"\u0069d":"0_e","unknownObject":{"a":[1,{"b":[]}]},"unknownArray":[[],{}],"na\u006De":"caf\u00e9","tags":"t","objectType":"KalturaMediaEntry"}""",
            KalturaJsonTypeInfoResolver.Options);

        var media = Assert.IsType<MediaEntry>(entry);
        Assert.Equal(("0_e", "café", "t"), (media.Id, media.Name, media.Tags));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("\"1\"", true)]
    [InlineData("\"0\"", false)]
    [InlineData("\" TRUE \"", true)]
    [InlineData("\"false\"", false)]
    [InlineData("\"\"", false)]
    [InlineData("\"maybe\"", null)]
    [InlineData("{\"a\":true}", null)]
    [InlineData("null", null)]
    public void BooleansReadEveryServerSpellingAndWrongShapesAsNull(string json, bool? expected)
    {
        var entry = JsonSerializer.Deserialize<MediaEntry>(
            $$"""{"blockAutoTranscript":{{json}},"tags":"after","objectType":"KalturaMediaEntry"}""",
            KalturaJsonTypeInfoResolver.Options)!;

        Assert.Equal(expected, entry.BlockAutoTranscript);
        Assert.Equal("after", entry.Tags);
    }

    [Fact]
    public void NumbersReadFromStringsAndWrongShapesReadAsNull()
    {
        var entry = JsonSerializer.Deserialize<MediaEntry>(
            """{"partnerId":"100","createdAt":1.7e9,"rank":"3.5","version":[1,2],"tags":7,"description":true,"objectType":"KalturaMediaEntry"}""",
            KalturaJsonTypeInfoResolver.Options)!;

        Assert.Equal((100, 1_700_000_000, 3.5), (entry.PartnerId, entry.CreatedAt, entry.Rank));
        Assert.Null(entry.Version);
        Assert.Equal(("7", "true"), (entry.Tags, entry.Description));
    }

    [Fact]
    public void StringEnumsReadKnownAndUnknownValuesFromStringsAndNumbers()
    {
        var list = JsonSerializer.Deserialize<MediaListResponse>(
            """{"objects":[{"status":2},{"status":"2"},{"status":"\u0032"},{"status":-1},{"status":"virusScan.Infected"}],"objectType":"KalturaMediaListResponse"}""",
            KalturaJsonTypeInfoResolver.Options)!;

        var statuses = list.Objects!.Select(e => e.Status!.Value).ToList();
        Assert.Equal([EntryStatus.READY, EntryStatus.READY, EntryStatus.READY, EntryStatus.ERROR_CONVERTING], statuses.Take(4));
        Assert.All(statuses.Take(4), s => Assert.True(s.IsKnown));
        Assert.Equal("virusScan.Infected", statuses[4].Value);
        Assert.False(statuses[4].IsKnown);
    }

    [Fact]
    public void InputSplitIntoThreeByteSegmentsReadsTheSameAsOneBuffer()
    {
        const string Json = """{"objects":[{"i\u0064":"0_a","name":"caf\u00e9 clip","status":"2","partnerId":"100","rank":"3.5","blockAutoTranscript":"true","objectType":"KalturaMediaEntry"},{"id":"0_b","mediaType":"1","objectType":"KalturaMediaEntry"}],"totalCount":"2","objectType":"KalturaBaseEntryListResponse"}""";
        var bytes = Encoding.UTF8.GetBytes(Json);

        var whole = JsonSerializer.Deserialize<BaseEntryListResponse>(bytes, KalturaJsonTypeInfoResolver.Options)!;
        var reader = new Utf8JsonReader(Segmented(bytes, 3));
        var split = JsonSerializer.Deserialize<BaseEntryListResponse>(ref reader, KalturaJsonTypeInfoResolver.Options)!;

        foreach (var list in new[] { whole, split })
        {
            Assert.Equal(2, list.TotalCount);
            var first = Assert.IsType<MediaEntry>(list.Objects![0]);
            Assert.Equal(("0_a", "café clip", EntryStatus.READY, 100, 3.5, true), (first.Id, first.Name, first.Status, first.PartnerId, first.Rank, first.BlockAutoTranscript));
            var second = Assert.IsType<MediaEntry>(list.Objects[1]);
            Assert.Equal(("0_b", MediaType.VIDEO), (second.Id, second.MediaType));
        }
    }

    [Fact]
    public async Task AStreamReadSixteenBytesAtATimeReadsPolymorphically()
    {
        var options = new JsonSerializerOptions(KalturaJsonTypeInfoResolver.Options) { DefaultBufferSize = 16 };
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(
            """{"objects":[{"id":"0_m","name":"a long enough name to span buffers","objectType":"KalturaMediaEntry"},{"id":"0_d","objectType":"KalturaDataEntry"}],"totalCount":2,"objectType":"KalturaBaseEntryListResponse"}"""));

        var list = await JsonSerializer.DeserializeAsync<BaseEntryListResponse>(stream, options);

        Assert.Collection(
            list!.Objects!,
            e => Assert.Equal(("0_m", "a long enough name to span buffers"), (Assert.IsType<MediaEntry>(e).Id, e.Name)),
            e => Assert.Equal("0_d", Assert.IsType<DataEntry>(e).Id));
    }

    private static ReadOnlySequence<byte> Segmented(byte[] bytes, int size)
    {
        var first = new Segment(bytes.AsMemory(0, Math.Min(size, bytes.Length)), 0);
        var last = first;
        for (var offset = size; offset < bytes.Length; offset += size)
        {
            last = last.Append(bytes.AsMemory(offset, Math.Min(size, bytes.Length - offset)));
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
