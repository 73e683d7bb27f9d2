using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace KalturaGen.Runtime;

/// <summary>
/// One call queued in a multirequest: its 1-based index, a way to refer to its result from later calls, and
/// after execution its own outcome (one failed call does not fail the others).
/// </summary>
public class KalturaCall
{
    private Exception? _exception;

    internal KalturaCall(int index, KalturaParameters parameters, IReadOnlyList<KeyValuePair<string, KalturaFile?>> files)
    {
        Index = index;
        Parameters = parameters;
        Files = files;
    }

    /// <summary>The call's position in the multirequest, counting from 1 (as the server numbers results).</summary>
    public int Index { get; }

    /// <summary>True once the multirequest ran and this call's outcome is known.</summary>
    public bool IsCompleted { get; private set; }

    /// <summary>True when the call completed without an error.</summary>
    public bool Succeeded => IsCompleted && _exception is null;

    /// <summary>The call's error (usually a <see cref="KalturaApiException"/>), or null.</summary>
    public Exception? Exception => _exception;

    /// <summary>The call's parameters.</summary>
    public KalturaParameters Parameters { get; }

    internal IReadOnlyList<KeyValuePair<string, KalturaFile?>> Files { get; }

    /// <summary>
    /// A token the server replaces with this call's result (or a property of it) when a later call of the same
    /// multirequest uses it as a string parameter or property: <c>Reference("id")</c> gives <c>{1:result:id}</c>.
    /// Nested paths use dots or colons (<c>"objects.0.id"</c>).
    /// </summary>
    public string Reference(string? path = null) => string.IsNullOrEmpty(path)
        ? string.Create(CultureInfo.InvariantCulture, $"{{{Index}:result}}")
        : string.Create(CultureInfo.InvariantCulture, $"{{{Index}:result:{path.Replace('.', ':')}}}");

    /// <summary>Throws the call's error, if it failed; throws <see cref="InvalidOperationException"/> before execution.</summary>
    public void ThrowIfFailed()
    {
        if (!IsCompleted)
        {
            throw new InvalidOperationException($"Call {Index} has no outcome yet: execute the multirequest first.");
        }

        if (_exception is not null)
        {
            throw _exception;
        }
    }

    /// <summary>Records the outcome from this call's item of the multirequest answer.</summary>
    internal void Complete(JsonElement item)
    {
        try
        {
            _exception = KalturaErrorReader.TryRead(item);
            if (_exception is null)
            {
                ReadResult(item);
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidDataException or FormatException)
        {
            _exception = exception;
        }

        IsCompleted = true;
    }

    /// <summary>Reads the result of a successful call (nothing to read for a void action).</summary>
    private protected virtual void ReadResult(JsonElement item)
    {
    }
}

/// <summary>A multirequest call with a result of type <typeparamref name="TResult"/>.</summary>
public sealed class KalturaCall<TResult> : KalturaCall
{
    private readonly JsonTypeInfo<TResult> _resultType;
    private TResult? _result;

    internal KalturaCall(int index, KalturaParameters parameters, IReadOnlyList<KeyValuePair<string, KalturaFile?>> files, JsonTypeInfo<TResult> resultType)
        : base(index, parameters, files)
    {
        _resultType = resultType;
    }

    /// <summary>The result; throws the call's own error when it failed.</summary>
    public TResult Result
    {
        get
        {
            ThrowIfFailed();
            return _result!;
        }
    }

    private protected override void ReadResult(JsonElement item) =>
        _result = item.Deserialize(_resultType) is { } result ? result : throw KalturaJsonReader.MissingResult(item);
}
