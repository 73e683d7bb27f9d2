using System.Runtime.CompilerServices;
using System.Text.Json;

namespace KalturaGen.Runtime;

/// <summary>The codecs of integer enums (stored as their enum type, any number kept) and string enums.</summary>
internal static class EnumCodecs
{
    private const int CachedValues = 1024;

    internal sealed class IntEnumCodec<TEnum> : KalturaCodec<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly IntEnumCodec<TEnum> Instance = new();

        private IntEnumCodec()
        {
            if (Unsafe.SizeOf<TEnum>() != sizeof(int))
            {
                throw new NotSupportedException($"{typeof(TEnum).Name}: integer enums of models must be int-based.");
            }

            foreach (var value in Enum.GetValues<TEnum>())
            {
                var number = Unsafe.As<TEnum, int>(ref Unsafe.AsRef(in value));
                if (number is >= 0 and < CachedValues)
                {
                    _boxes[number] = value;
                }
            }
        }

        // The declared values are mostly small numbers: their boxes are made once, here, and shared.
        private readonly object?[] _boxes = new object?[CachedValues];

        internal override object? ReadValue(ref Utf8JsonReader reader) => KalturaUtf8JsonReader.ReadInt32(ref reader) switch
        {
            null => null,
            >= 0 and < CachedValues and int small when _boxes[small] is { } box => box,
            int value => FromInt32(value),
        };

        internal override TEnum ReadItem(ref Utf8JsonReader reader) => FromInt32(KalturaUtf8JsonReader.ReadInt32(ref reader) ?? 0);

        internal override void WriteItem(Utf8JsonWriter writer, TEnum value, KalturaJsonWriteMode mode) =>
            writer.WriteNumberValue(Unsafe.As<TEnum, int>(ref value));

        private static TEnum FromInt32(int value) => Unsafe.As<int, TEnum>(ref value);
    }

    internal sealed class StringEnumCodec<TEnum> : KalturaCodec<TEnum>
        where TEnum : struct, IKalturaStringEnum<TEnum>
    {
        public static readonly StringEnumCodec<TEnum> Instance = new();

        internal override object? ReadValue(ref Utf8JsonReader reader) => KalturaUtf8JsonReader.ReadStringEnum<TEnum>(ref reader);

        internal override TEnum ReadItem(ref Utf8JsonReader reader) => KalturaUtf8JsonReader.ReadStringEnum<TEnum>(ref reader) ?? default;

        internal override void WriteItem(Utf8JsonWriter writer, TEnum value, KalturaJsonWriteMode mode) => writer.WriteStringValue(value.Value);
    }
}
