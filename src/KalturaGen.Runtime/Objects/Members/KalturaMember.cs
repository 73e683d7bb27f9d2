using System.Text.Json;

namespace KalturaGen.Runtime;

/// <summary>One property of a model as the wire sees it: its name, the codec of its value, and whether it is read-only.</summary>
/// <param name="name">The wire name (<c>mediaType</c>).</param>
/// <param name="codec">Reads and writes the value.</param>
/// <param name="readOnly">True for a property the server sets and a request never carries.</param>
public sealed class KalturaMember(string name, KalturaCodec codec, bool readOnly = false)
{
    /// <summary>The wire name.</summary>
    public string Name { get; } = name ?? throw new ArgumentNullException(nameof(name));

    /// <summary>True for a property the server sets and a request never carries.</summary>
    public bool IsReadOnly { get; } = readOnly;

    /// <summary>The wire name, encoded once for the writer.</summary>
    internal JsonEncodedText EncodedName { get; } = JsonEncodedText.Encode(name);

    /// <summary>The wire name as UTF-8 bytes, for matching a member read from JSON.</summary>
    internal byte[] Utf8Name { get; } = System.Text.Encoding.UTF8.GetBytes(name);

    /// <summary>Reads and writes the value.</summary>
    internal KalturaCodec Codec { get; } = codec ?? throw new ArgumentNullException(nameof(codec));
}
