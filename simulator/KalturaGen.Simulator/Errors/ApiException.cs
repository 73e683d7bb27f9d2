namespace KalturaGen.Simulator.Errors;

/// <summary>
/// A Kaltura API error raised by the simulator: a code and the values of its arguments, in order.
/// The message and argument names come from the <see cref="ErrorCatalog"/> when it is written.
/// </summary>
internal sealed class ApiException : Exception
{
    /// <summary>Creates an error with the given code and argument values.</summary>
    public ApiException(string code, params object?[] values)
        : base(code)
    {
        Code = code;
        Values = values.Select(v => v switch
        {
            null => null,
            bool b => b ? "1" : "",
            IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            _ => v.ToString(),
        }).ToList();
    }

    /// <summary>The wire code, e.g. <c>ENTRY_ID_NOT_FOUND</c>.</summary>
    public string Code { get; }

    /// <summary>The argument values in the order of the error's argument names.</summary>
    public IReadOnlyList<string?> Values { get; }
}
