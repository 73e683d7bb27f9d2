using System.Text.Json;

namespace KalturaGen.Runtime;

/// <summary>
/// Reads one JSON value from <paramref name="reader"/>, positioned on the value's first token, and leaves the
/// reader on its last token (the generated code reads list and map items with it).
/// </summary>
/// <typeparam name="T">The type read.</typeparam>
public delegate T KalturaValueReader<out T>(ref Utf8JsonReader reader);
