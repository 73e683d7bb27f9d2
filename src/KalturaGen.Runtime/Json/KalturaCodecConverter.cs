using System.Text.Json;
using System.Text.Json.Serialization;

namespace KalturaGen.Runtime;

/// <summary>
/// A System.Text.Json converter over a <see cref="KalturaCodec{T}"/>: the contract of list and map results, read and
/// written by the same codecs as the properties of models (a list of a class with subclasses read item after item as
/// the class the previous item named).
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
public sealed class KalturaCodecConverter<T>(KalturaCodec<T> codec) : JsonConverter<T>
{
    private readonly KalturaCodec<T> _codec = codec ?? throw new ArgumentNullException(nameof(codec));

    /// <inheritdoc/>
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        _codec.ReadValue(ref reader) is T value ? value : throw KalturaValueConverter<T>.Missing();

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        _codec.WriteItem(writer, value, KalturaJsonWriteMode.Request);
}
