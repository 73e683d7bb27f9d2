using System.Text.Json;

namespace KalturaGen.Runtime;

/// <summary>
/// The base of every generated Kaltura model. It holds the property values (one slot per member of the class's
/// <see cref="KalturaMemberTable"/>), records which properties were assigned so that requests carry only those
/// (Kaltura's partial-update semantics), and reads and writes the JSON wire form through the member table.
/// </summary>
/// <remarks>
/// An object read from a response starts with nothing assigned: fetch, change one property, update, and only
/// that property is sent. Assigning null sends <c>&lt;property&gt;__null</c>, which clears the value on the server.
/// </remarks>
public abstract class KalturaObjectBase
{
    private static readonly JsonEncodedText ObjectTypeName = JsonEncodedText.Encode("objectType");

    private HashSet<string>? _assigned;
    private object?[]? _values;

    /// <summary>The Kaltura type name (<c>KalturaMediaEntry</c>), sent as <c>objectType</c>.</summary>
    public abstract string ObjectType { get; }

    /// <summary>The wire names of the properties assigned since creation or the last <see cref="ClearAssignments"/>.</summary>
    public IReadOnlyCollection<string> AssignedProperties => (IReadOnlyCollection<string>?)_assigned ?? [];

    /// <summary>True when the property with this wire name (<c>fileName</c>) was assigned.</summary>
    public bool IsAssigned(string propertyName) => _assigned?.Contains(propertyName) == true;

    /// <summary>Forgets one assignment: the property keeps its value but is no longer sent.</summary>
    public bool Unassign(string propertyName) => _assigned?.Remove(propertyName) == true;

    /// <summary>Forgets every assignment: values stay, nothing is sent until assigned again.</summary>
    public void ClearAssignments() => _assigned?.Clear();

    /// <summary>Writes this object as a JSON object: <c>objectType</c> first, then the properties <paramref name="mode"/> selects.</summary>
    public void WriteTo(Utf8JsonWriter writer, KalturaJsonWriteMode mode = KalturaJsonWriteMode.Request)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString(ObjectTypeName, ObjectType);
        WriteProperties(writer, mode);
        writer.WriteEndObject();
    }

    /// <summary>Reads the members of a JSON object into this instance (unknown members are ignored; nothing becomes assigned).</summary>
    public void ReadFrom(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var reader = KalturaJsonReader.ReaderOf(element);
        ReadFrom(ref reader);
    }

    /// <summary>
    /// Reads the members of the JSON object <paramref name="reader"/> is on (its <c>{</c>) into this instance and
    /// leaves the reader on its <c>}</c>. Unknown members are skipped; nothing becomes assigned. Any other value is
    /// skipped and leaves this instance unchanged.
    /// </summary>
    public void ReadFrom(ref Utf8JsonReader reader) => ReadMembers(ref reader, noteObjectType: false);

    /// <summary>
    /// <see cref="ReadFrom(ref Utf8JsonReader)"/>, answering the object's <c>objectType</c> as it went by (the last
    /// one, when it is a string; null otherwise), so a reader that guessed the class can check its guess.
    /// </summary>
    internal string? ReadMembers(ref Utf8JsonReader reader, bool noteObjectType = true)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        string? objectType = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isObjectType = noteObjectType && KalturaUtf8JsonReader.IsObjectTypeName(ref reader);

            // Names are matched as UTF-8 bytes; only an escaped or split name is copied (unescaped) first. A name whose
            // escapes are not valid text names no member: its value is skipped.
            var valid = true;
            var name = reader.HasValueSequence || reader.ValueIsEscaped ? UnescapedName(ref reader, out valid) : reader.ValueSpan;
            reader.Read();
            if (isObjectType)
            {
                objectType = reader.TokenType == JsonTokenType.String ? KalturaUtf8JsonReader.TextOf(ref reader) : null;
            }

            if (!valid || !ReadProperty(name, ref reader))
            {
                reader.Skip();
            }
        }

        return objectType;
    }

    /// <summary>
    /// A shallow copy of the same type with its own record of assignments, so that assigning on the copy (a list
    /// window's bounds) neither changes nor sends anything from the original.
    /// </summary>
    internal KalturaObjectBase CopyForRequest()
    {
        var copy = (KalturaObjectBase)MemberwiseClone();
        copy._assigned = _assigned is null ? null : new HashSet<string>(_assigned, StringComparer.Ordinal);
        copy._values = (object?[]?)_values?.Clone();
        return copy;
    }

    /// <summary>
    /// The members of this class, its bases' first; a generated class overrides it with its own table. A class written
    /// by hand can keep the empty table and its own fields.
    /// </summary>
    protected virtual KalturaMemberTable MemberTable => KalturaMemberTable.Empty;

    /// <summary>The value in <paramref name="slot"/> (a value type boxed, an enum as its enum type), or null.</summary>
    /// <param name="slot">The member's slot in <see cref="MemberTable"/>.</param>
    protected object? GetValue(int slot) => _values is { } values && (uint)slot < (uint)values.Length ? values[slot] : null;

    /// <summary>
    /// Stores a property's value and records the assignment: every generated setter is this one call, and every
    /// getter a cast of <see cref="GetValue"/>.
    /// </summary>
    /// <param name="slot">The member's slot in <see cref="MemberTable"/>.</param>
    /// <param name="value">The value assigned (null too: it is sent as an explicit null).</param>
    protected void SetValue(int slot, object? value)
    {
        var table = MemberTable;
        var member = table[slot];
        (_values ??= new object?[table.Count])[slot] = value;
        MarkAssigned(member.Name);
    }

    /// <summary>Records that a property was assigned.</summary>
    protected void MarkAssigned(string propertyName) => (_assigned ??= new HashSet<string>(StringComparer.Ordinal)).Add(propertyName);

    /// <summary>Writes the members of <see cref="MemberTable"/> that <paramref name="mode"/> selects, in slot order.</summary>
    protected virtual void WriteProperties(Utf8JsonWriter writer, KalturaJsonWriteMode mode)
    {
        var values = _values;
        var members = MemberTable.Span;
        for (var slot = 0; slot < members.Length; slot++)
        {
            var member = members[slot];
            var value = values?[slot];
            if (BeginProperty(writer, member.EncodedName, member.Name, value is not null, member.IsReadOnly, mode))
            {
                member.Codec.WriteValue(writer, value!, mode);
            }
        }
    }

    /// <summary>
    /// Reads one member whose value <paramref name="reader"/> is on (its first token), leaving the reader on the
    /// value's last token; returns false, reading nothing, when <see cref="MemberTable"/> has no member of the UTF-8
    /// <paramref name="name"/>.
    /// </summary>
    protected virtual bool ReadProperty(scoped ReadOnlySpan<byte> name, ref Utf8JsonReader reader)
    {
        var table = MemberTable;
        var slot = table.FindSlot(name);
        if (slot < 0)
        {
            return false;
        }

        (_values ??= new object?[table.Count])[slot] = table[slot].Codec.ReadValue(ref reader);
        return true;
    }

    /// <summary>
    /// Decides whether a property is written and writes its name. Returns true when the caller must now write the
    /// value; false when the property is skipped, or when it was sent as an explicit null (<c>name__null</c>).
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <param name="encodedName">The wire name, pre-encoded (written as is).</param>
    /// <param name="name">The wire name (the key of the assignment tracking).</param>
    /// <param name="hasValue">True when the property holds a value.</param>
    /// <param name="readOnly">True for a read-only property, never sent in a request.</param>
    /// <param name="mode">Which properties are written.</param>
    protected bool BeginProperty(Utf8JsonWriter writer, JsonEncodedText encodedName, string name, bool hasValue, bool readOnly, KalturaJsonWriteMode mode)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (mode == KalturaJsonWriteMode.Snapshot)
        {
            if (hasValue)
            {
                writer.WritePropertyName(encodedName);
            }

            return hasValue;
        }

        if (readOnly || !IsAssigned(name))
        {
            return false;
        }

        if (!hasValue)
        {
            KalturaJsonWriter.WriteNull(writer, name);
            return false;
        }

        writer.WritePropertyName(encodedName);
        return true;
    }

    private static ReadOnlySpan<byte> UnescapedName(ref Utf8JsonReader reader, out bool valid)
    {
        var buffer = new byte[reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length];
        try
        {
            valid = true;
            return buffer.AsSpan(0, reader.CopyString(buffer));
        }
        catch (InvalidOperationException)
        {
            valid = false;
            return default;
        }
    }
}
