namespace KalturaGen.Schema.Parsing;

/// <summary>
/// Maps UTF-8 byte offsets (what <see cref="System.Text.Json.Utf8JsonReader"/> reports) to UTF-16 char offsets
/// (what spans use). Offsets are asked for in increasing order, so a moving cursor keeps this linear.
/// </summary>
internal sealed class Utf8OffsetMap(string text)
{
    private long _byte;
    private int _char;

    public int ToCharOffset(long byteOffset)
    {
        if (byteOffset < _byte)
        {
            _byte = 0;
            _char = 0;
        }

        while (_byte < byteOffset && _char < text.Length)
        {
            var c = text[_char];
            if (char.IsHighSurrogate(c) && _char + 1 < text.Length && char.IsLowSurrogate(text[_char + 1]))
            {
                _byte += 4;
                _char += 2;
            }
            else
            {
                _byte += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
                _char++;
            }
        }

        return _char;
    }
}
