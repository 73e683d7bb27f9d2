namespace KalturaGen.Runtime;

/// <summary>
/// A Kaltura API error: the server answered (normally with HTTP 200) with a <c>KalturaAPIException</c> object.
/// </summary>
public sealed class KalturaApiException : Exception
{
    /// <summary>Creates the exception from the parts of the server's error object.</summary>
    public KalturaApiException(string code, string message, IReadOnlyDictionary<string, string> args, string rawResponse)
        : base(message)
    {
        Code = code;
        Args = args;
        RawResponse = rawResponse;
    }

    /// <summary>The error code, e.g. <c>UPLOAD_TOKEN_NOT_FOUND</c>.</summary>
    public string Code { get; }

    /// <summary>The message arguments by name (e.g. <c>ENTRY_ID</c>); empty when the error has none.</summary>
    public IReadOnlyDictionary<string, string> Args { get; }

    /// <summary>The JSON of the error as the server sent it.</summary>
    public string RawResponse { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{GetType().FullName}: {Code}: {Message}";
}
