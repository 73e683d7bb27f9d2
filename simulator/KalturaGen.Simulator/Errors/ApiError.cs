namespace KalturaGen.Simulator.Errors;

/// <summary>A formatted error as it goes on the wire: code, filled message, and named arguments.</summary>
/// <param name="Code">The wire code.</param>
/// <param name="Message">The message with every <c>@ARG@</c> filled in.</param>
/// <param name="Args">Argument names and values, in order; empty when the error has none.</param>
internal sealed record ApiError(string Code, string Message, IReadOnlyList<KeyValuePair<string, string>> Args);
