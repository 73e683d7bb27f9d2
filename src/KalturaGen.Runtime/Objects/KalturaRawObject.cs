using System.Text;
using System.Text.Json;

namespace KalturaGen.Runtime;

/// <summary>
/// The base of a generated class the imported schema references but does not define (a plugin's type the
/// official XML leaves out): it keeps every member it reads as raw JSON, so a consumer can read the object and
/// send it back unchanged.
/// </summary>
/// <remarks>
/// <see cref="KalturaObjectBase.ObjectType"/> is the <c>objectType</c> the payload named (a plugin's subclass, say),
/// else the declared type. Every member is written back as read, in every <see cref="KalturaJsonWriteMode"/>: what is
/// read-only on the server is not known here. A generated subclass (a class the schema does define that derives from
/// an undefined one) reads its own members itself; only the rest is kept raw.
/// </remarks>
public abstract class KalturaRawObject : KalturaObjectBase
{
    private readonly string _declaredType;
    private string? _objectType;

    /// <summary>Creates an empty object of the Kaltura type <paramref name="declaredType"/>.</summary>
    protected KalturaRawObject(string declaredType) => _declaredType = declaredType;

    /// <inheritdoc/>
    public override string ObjectType => _objectType ?? _declaredType;

    /// <summary>The members read (or set), by wire name, in the order they came; <c>objectType</c> is not among them.</summary>
    public IDictionary<string, JsonElement> Members { get; } = new Dictionary<string, JsonElement>(StringComparer.Ordinal);

    /// <summary>Sets the <c>objectType</c> written for this object (a subclass of the declared type).</summary>
    public void SetObjectType(string objectType)
    {
        ArgumentException.ThrowIfNullOrEmpty(objectType);
        _objectType = objectType;
    }

    /// <summary>The object as JSON text: <c>objectType</c> first, then every member as read.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteTo(writer, KalturaJsonWriteMode.Snapshot);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <inheritdoc/>
    protected override void WriteProperties(Utf8JsonWriter writer, KalturaJsonWriteMode mode)
    {
        ArgumentNullException.ThrowIfNull(writer);
        base.WriteProperties(writer, mode);
        foreach (var (name, value) in Members)
        {
            writer.WritePropertyName(name);
            value.WriteTo(writer);
        }
    }

    /// <inheritdoc/>
    protected override bool ReadProperty(scoped ReadOnlySpan<byte> name, ref Utf8JsonReader reader)
    {
        if (base.ReadProperty(name, ref reader))
        {
            return true;
        }

        if (name.SequenceEqual("objectType"u8))
        {
            _objectType = reader.TokenType == JsonTokenType.String ? KalturaUtf8JsonReader.TextOf(ref reader) ?? _objectType : _objectType;
            reader.Skip();
            return true;
        }

        Members[Encoding.UTF8.GetString(name)] = JsonElement.ParseValue(ref reader);
        return true;
    }
}
