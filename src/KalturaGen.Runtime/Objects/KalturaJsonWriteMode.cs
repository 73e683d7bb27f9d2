namespace KalturaGen.Runtime;

/// <summary>Which properties of a model are written.</summary>
public enum KalturaJsonWriteMode
{
    /// <summary>
    /// What a request sends: assigned, non-read-only properties; an assigned null as <c>&lt;name&gt;__null</c>.
    /// </summary>
    Request = 0,

    /// <summary>Every property that has a value, read-only ones included (a full copy, as the server would send it).</summary>
    Snapshot = 1,
}
