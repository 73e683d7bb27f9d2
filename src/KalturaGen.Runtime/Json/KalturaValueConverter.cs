using System.Text.Json;
using System.Text.Json.Serialization;

namespace KalturaGen.Runtime;

/// <summary>
/// A System.Text.Json converter over a generated (or runtime) lenient reader and writer: the contract of result
/// types that are neither models nor enums (lists, maps, primitives), so that every result is read through JSON
/// metadata without reflection.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
public sealed class KalturaValueConverter<T>(KalturaValueReader<T?> read, Action<Utf8JsonWriter, T> write) : JsonConverter<T>
{
    /// <inheritdoc/>
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        read(ref reader) is { } value
            ? value
            : throw Missing();

    /// <summary>The exception for a JSON value that holds no <typeparamref name="T"/> (a null, or a value of another shape).</summary>
    public static InvalidDataException Missing() => new($"The response holds no {typeof(T).Name} value.");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => write(writer, value);
}
