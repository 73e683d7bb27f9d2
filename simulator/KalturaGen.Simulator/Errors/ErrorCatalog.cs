using KalturaGen.Simulator.Schema;

namespace KalturaGen.Simulator.Errors;

/// <summary>Turns an <see cref="ApiException"/> into its wire form: message filled and arguments named.</summary>
internal sealed class ErrorCatalog
{
    private readonly Dictionary<string, ErrorDef> _errors = new(StringComparer.Ordinal);

    /// <summary>
    /// Creates the catalog from the schema's errors and the codes of <see cref="SimulatorErrors"/> (the overlay) the
    /// schema does not declare.
    /// </summary>
    public ErrorCatalog(ApiSchema schema)
    {
        foreach (var error in SimulatorErrors.Overlay.Concat(schema.Errors.Values))
        {
            _errors[error.Code] = error;
        }
    }

    /// <summary>Every error the catalog can format, by code.</summary>
    public IReadOnlyDictionary<string, ErrorDef> Definitions => _errors;

    /// <summary>Whether the catalog knows the code.</summary>
    public bool Contains(string code) => _errors.ContainsKey(code);

    /// <summary>Formats an error: each <c>@ARG@</c> is replaced by its value; a missing value becomes <c>N/A</c>.</summary>
    public ApiError Format(ApiException exception)
    {
        if (!_errors.TryGetValue(exception.Code, out var definition))
        {
            return Format(new ApiException("INTERNAL_SERVERL_ERROR"));
        }

        var message = definition.Message;
        var args = new List<KeyValuePair<string, string>>();
        for (var i = 0; i < definition.Args.Count; i++)
        {
            var name = definition.Args[i];
            var value = i < exception.Values.Count && exception.Values[i] is { } v ? StripTags(v) : "N/A";
            message = message.Replace($"@{name}@", value, StringComparison.Ordinal);
            args.Add(new(name, value));
        }

        return new ApiError(definition.Code, message, args);
    }

    // The server passes argument values through strip_tags.
    private static string StripTags(string value) =>
        value.Contains('<') ? System.Text.RegularExpressions.Regex.Replace(value, "<[^>]*>?", "") : value;
}
