using System.Text.Json;

namespace KalturaGen.Runtime;

/// <summary>
/// The base of every generated Kaltura model. It records which properties were assigned so that requests
/// carry only those (Kaltura's partial-update semantics), and it reads and writes the JSON wire form.
/// </summary>
/// <remarks>
/// An object read from a response starts with nothing assigned: fetch, change one property, update, and only
/// that property is sent. Assigning null sends <c>&lt;property&gt;__null</c>, which clears the value on the server.
/// </remarks>
public abstract class KalturaObjectBase
{
    private HashSet<string>? _assigned;

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
        writer.WriteString("objectType", ObjectType);
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

        foreach (var property in element.EnumerateObject())
        {
            ReadProperty(property.Name, property.Value);
        }
    }

    /// <summary>Records that a property was assigned (generated setters call this).</summary>
    protected void MarkAssigned(string propertyName) => (_assigned ??= new HashSet<string>(StringComparer.Ordinal)).Add(propertyName);

    /// <summary>Writes the properties of this class and its bases; generated classes override it.</summary>
    protected virtual void WriteProperties(Utf8JsonWriter writer, KalturaJsonWriteMode mode)
    {
    }

    /// <summary>Reads one member; returns false when no class in the hierarchy knows it.</summary>
    protected virtual bool ReadProperty(string name, JsonElement value) => false;

    /// <summary>
    /// Decides whether a property is written and writes its name. Returns true when the caller must now write the
    /// value; false when the property is skipped, or when it was sent as an explicit null (<c>name__null</c>).
    /// </summary>
    protected bool BeginProperty(Utf8JsonWriter writer, string name, bool hasValue, bool readOnly, KalturaJsonWriteMode mode)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (mode == KalturaJsonWriteMode.Snapshot)
        {
            if (hasValue)
            {
                writer.WritePropertyName(name);
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

        writer.WritePropertyName(name);
        return true;
    }
}
