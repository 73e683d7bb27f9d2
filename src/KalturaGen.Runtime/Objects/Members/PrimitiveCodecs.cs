using System.Text.Json;

namespace KalturaGen.Runtime;

/// <summary>The codecs of strings, numbers and booleans, read with the lenient readers of <see cref="KalturaUtf8JsonReader"/>.</summary>
internal static class PrimitiveCodecs
{
    internal sealed class StringCodec : KalturaCodec<string>
    {
        internal override object? ReadValue(ref Utf8JsonReader reader) => KalturaUtf8JsonReader.ReadString(ref reader);

        internal override string ReadItem(ref Utf8JsonReader reader) => KalturaUtf8JsonReader.ReadString(ref reader)!;

        internal override void WriteItem(Utf8JsonWriter writer, string value, KalturaJsonWriteMode mode) => writer.WriteStringValue(value);
    }

    internal sealed class Int32Codec : KalturaCodec<int>
    {
        internal override object? ReadValue(ref Utf8JsonReader reader) => KalturaBoxes.Of(KalturaUtf8JsonReader.ReadInt32(ref reader));

        internal override int ReadItem(ref Utf8JsonReader reader) => KalturaUtf8JsonReader.ReadInt32(ref reader) ?? default;

        internal override void WriteItem(Utf8JsonWriter writer, int value, KalturaJsonWriteMode mode) => writer.WriteNumberValue(value);
    }

    internal sealed class Int64Codec : KalturaCodec<long>
    {
        internal override object? ReadValue(ref Utf8JsonReader reader) => KalturaUtf8JsonReader.ReadInt64(ref reader);

        internal override long ReadItem(ref Utf8JsonReader reader) => KalturaUtf8JsonReader.ReadInt64(ref reader) ?? default;

        internal override void WriteItem(Utf8JsonWriter writer, long value, KalturaJsonWriteMode mode) => writer.WriteNumberValue(value);
    }

    internal sealed class DoubleCodec : KalturaCodec<double>
    {
        internal override object? ReadValue(ref Utf8JsonReader reader) => KalturaUtf8JsonReader.ReadDouble(ref reader);

        internal override double ReadItem(ref Utf8JsonReader reader) => KalturaUtf8JsonReader.ReadDouble(ref reader) ?? default;

        internal override void WriteItem(Utf8JsonWriter writer, double value, KalturaJsonWriteMode mode) => writer.WriteNumberValue(value);
    }

    internal sealed class BooleanCodec : KalturaCodec<bool>
    {
        internal override object? ReadValue(ref Utf8JsonReader reader) => KalturaBoxes.Of(KalturaUtf8JsonReader.ReadBoolean(ref reader));

        internal override bool ReadItem(ref Utf8JsonReader reader) => KalturaUtf8JsonReader.ReadBoolean(ref reader) ?? default;

        internal override void WriteItem(Utf8JsonWriter writer, bool value, KalturaJsonWriteMode mode) => writer.WriteBooleanValue(value);
    }
}
