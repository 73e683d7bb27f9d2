using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace KalturaGen.Runtime;

/// <summary>
/// JSON contracts of the primitive result types read the way Kaltura servers write them: numbers as strings,
/// booleans as 0/1/"1"/"true" (see <see cref="KalturaUtf8JsonReader"/>). Generated resolvers put it before the
/// strict <see cref="KalturaPrimitivesJsonContext"/>.
/// </summary>
public sealed class KalturaLenientPrimitives : IJsonTypeInfoResolver
{
    /// <summary>The shared instance (it holds no state).</summary>
    public static KalturaLenientPrimitives Instance { get; } = new();

    /// <inheritdoc/>
    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
    {
        if (type == typeof(string))
        {
            return JsonMetadataServices.CreateValueInfo<string>(options, new KalturaValueConverter<string>(
                static (ref Utf8JsonReader r) => KalturaUtf8JsonReader.ReadString(ref r), static (w, v) => w.WriteStringValue(v)));
        }

        if (type == typeof(int))
        {
            return JsonMetadataServices.CreateValueInfo<int>(options, new KalturaValueConverter<int>(
                static (ref Utf8JsonReader r) => KalturaUtf8JsonReader.ReadInt32(ref r) ?? throw KalturaValueConverter<int>.Missing(), static (w, v) => w.WriteNumberValue(v)));
        }

        if (type == typeof(long))
        {
            return JsonMetadataServices.CreateValueInfo<long>(options, new KalturaValueConverter<long>(
                static (ref Utf8JsonReader r) => KalturaUtf8JsonReader.ReadInt64(ref r) ?? throw KalturaValueConverter<long>.Missing(), static (w, v) => w.WriteNumberValue(v)));
        }

        if (type == typeof(double))
        {
            return JsonMetadataServices.CreateValueInfo<double>(options, new KalturaValueConverter<double>(
                static (ref Utf8JsonReader r) => KalturaUtf8JsonReader.ReadDouble(ref r) ?? throw KalturaValueConverter<double>.Missing(), static (w, v) => w.WriteNumberValue(v)));
        }

        if (type == typeof(bool))
        {
            return JsonMetadataServices.CreateValueInfo<bool>(options, new KalturaValueConverter<bool>(
                static (ref Utf8JsonReader r) => KalturaUtf8JsonReader.ReadBoolean(ref r) ?? throw KalturaValueConverter<bool>.Missing(), static (w, v) => w.WriteBooleanValue(v)));
        }

        return null;
    }
}
