using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using KalturaGen.Client.Json;
using KalturaGen.Client.Models;
using KalturaGen.Runtime;

namespace KalturaGen.Benchmarks.Serialization;

/// <summary>
/// A media.list answer (100 KalturaMediaEntry objects, ~50 properties each) read and written by the generated,
/// reflection-free code (<see cref="KalturaJsonTypeInfoResolver"/>; writing in snapshot mode, as a server would send it)
/// versus System.Text.Json's reflection serializer over an equivalent plain class. Setup checks that both write
/// the same JSON, so the two sides do the same work. A third category prices polymorphism: the same answer read as a
/// list of <c>KalturaBaseEntry</c>, a class others derive from, so each item is first scanned for its <c>objectType</c>
/// (which the server writes last) and created as the <c>KalturaMediaEntry</c> it names; its baseline is the generated
/// read of the same items as <c>KalturaMediaEntry</c>, which needs no scan.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class MediaListSerializationBenchmarks
{
    private const int EntryCount = 100;

    private static readonly JsonSerializerOptions Reflection = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    private readonly ArrayBufferWriter<byte> _output = new(256 * 1024);
    private MediaListResponse _generated = null!;
    private MediaListResponsePoco _poco = null!;
    private byte[] _json = null!;

    [GlobalSetup]
    public void Setup()
    {
        _generated = SampleMediaList.Create(EntryCount);
        _json = WriteGenerated(_generated);
        _poco = JsonSerializer.Deserialize<MediaListResponsePoco>(_json, Reflection)!;
        var fromPoco = JsonSerializer.SerializeToUtf8Bytes(_poco, Reflection);
        if (!JsonNode.DeepEquals(JsonNode.Parse(_json), JsonNode.Parse(fromPoco)))
        {
            throw new InvalidOperationException("The plain class does not write the same JSON as the generated model.");
        }

        var read = JsonSerializer.Deserialize<MediaListResponse>(_json, KalturaJsonTypeInfoResolver.Options)!;
        if (!_json.AsSpan().SequenceEqual(WriteGenerated(read)))
        {
            throw new InvalidOperationException("The generated model does not read back what it wrote.");
        }

        var polymorphic = JsonSerializer.Deserialize<BaseEntryListResponse>(_json, KalturaJsonTypeInfoResolver.Options)!;
        if (polymorphic.Objects is not { Count: EntryCount } items || !items.All(i => i is MediaEntry))
        {
            throw new InvalidOperationException("The list of base entries did not read every item as the media entry its objectType names.");
        }

        Console.WriteLine($"// The response is {_json.Length} bytes of JSON.");
    }

    [BenchmarkCategory("Deserialize"), Benchmark(Baseline = true, Description = "STJ reflection, POCO")]
    public MediaListResponsePoco? DeserializeReflection() => JsonSerializer.Deserialize<MediaListResponsePoco>(_json, Reflection);

    [BenchmarkCategory("Deserialize"), Benchmark(Description = "Generated resolver")]
    public MediaListResponse? DeserializeGenerated() => JsonSerializer.Deserialize<MediaListResponse>(_json, KalturaJsonTypeInfoResolver.Options);

    [BenchmarkCategory("Deserialize items by objectType"), Benchmark(Baseline = true, Description = "Generated, items declared MediaEntry")]
    public MediaListResponse? DeserializeDeclaredItems() => JsonSerializer.Deserialize<MediaListResponse>(_json, KalturaJsonTypeInfoResolver.Options);

    [BenchmarkCategory("Deserialize items by objectType"), Benchmark(Description = "Generated, items declared BaseEntry")]
    public BaseEntryListResponse? DeserializePolymorphicItems() => JsonSerializer.Deserialize<BaseEntryListResponse>(_json, KalturaJsonTypeInfoResolver.Options);

    [BenchmarkCategory("Serialize"), Benchmark(Baseline = true, Description = "STJ reflection, POCO")]
    public int SerializeReflection()
    {
        _output.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_output);
        JsonSerializer.Serialize(writer, _poco, Reflection);
        writer.Flush();
        return _output.WrittenCount;
    }

    [BenchmarkCategory("Serialize"), Benchmark(Description = "Generated writer")]
    public int SerializeGenerated()
    {
        _output.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_output);
        _generated.WriteTo(writer, KalturaJsonWriteMode.Snapshot);
        writer.Flush();
        return _output.WrittenCount;
    }

    private static byte[] WriteGenerated(MediaListResponse response)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            response.WriteTo(writer, KalturaJsonWriteMode.Snapshot);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
