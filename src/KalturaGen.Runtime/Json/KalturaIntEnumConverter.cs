using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KalturaGen.Runtime;

/// <summary>Serializes an int enum as its number; reads numbers and numeric strings, keeping unknown values.</summary>
public sealed class KalturaIntEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>Creates the converter; <typeparamref name="TEnum"/> must have an int underlying type.</summary>
    public KalturaIntEnumConverter()
    {
        if (Unsafe.SizeOf<TEnum>() != sizeof(int))
        {
            throw new ArgumentException($"{typeof(TEnum).Name} is not an int enum.");
        }
    }

    /// <inheritdoc/>
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = KalturaUtf8JsonReader.ReadInt32(ref reader)
            ?? throw new JsonException($"Expected a number for {typeof(TEnum).Name}.");
        return Unsafe.As<int, TEnum>(ref value);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(Unsafe.As<TEnum, int>(ref value));
}
