using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace KalturaGen.Runtime;

/// <summary>
/// Several calls sent in one POST to <c>/api_v3/service/multirequest</c>, numbered "1", "2", ... Generated
/// multirequests add typed call methods per service; <see cref="Add{TResult}"/> accepts any parameters.
/// </summary>
public abstract class KalturaMultiRequestBase
{
    private readonly IKalturaMultiRequestApi _api;
    private readonly JsonSerializerOptions _resultOptions;
    private readonly List<KalturaCall> _calls = [];
    private bool _executed;

    /// <summary>Creates an empty multirequest sent through <paramref name="api"/>, reading results with <paramref name="resultOptions"/>.</summary>
    protected KalturaMultiRequestBase(IKalturaMultiRequestApi api, JsonSerializerOptions resultOptions)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(resultOptions);
        _api = api;
        _resultOptions = resultOptions;
    }

    /// <summary>The queued calls, in order.</summary>
    public IReadOnlyList<KalturaCall> Calls => _calls;

    /// <summary>Queues a call with a result; <paramref name="files"/> are its file parameters by name.</summary>
    public KalturaCall<TResult> Add<TResult>(KalturaParameters parameters, params KeyValuePair<string, KalturaFile?>[] files)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var resultType = _resultOptions.GetTypeInfo(typeof(TResult)) as JsonTypeInfo<TResult>
            ?? throw new NotSupportedException($"The generated JSON metadata has no contract for {typeof(TResult)}.");
        return Queue(new KalturaCall<TResult>(_calls.Count + 1, parameters, files, resultType));
    }

    /// <summary>Queues a call whose result is not read (a void action).</summary>
    public KalturaCall Add(KalturaParameters parameters, params KeyValuePair<string, KalturaFile?>[] files)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return Queue(new KalturaCall(_calls.Count + 1, parameters, files));
    }

    /// <summary>
    /// Sends every queued call in one request. Afterwards each call holds its own result or error; this method
    /// throws only when the request as a whole fails (transport, HTTP status, or an error for the whole request).
    /// </summary>
    public async Task ExecuteAsync(CancellationToken cancellationToken = default)
    {
        if (_calls.Count == 0)
        {
            throw new InvalidOperationException("The multirequest has no calls.");
        }

        if (_executed)
        {
            throw new InvalidOperationException("The multirequest was already executed.");
        }

        _executed = true;
        var body = new KalturaMultiRequestParameters(_calls.Select(c => c.Parameters).ToList());
        var files = _calls
            .SelectMany(c => c.Files.Where(f => f.Value is not null).Select(f => f.Value!.WithPartName($"{c.Index}:{f.Key}")))
            .ToList();
        using var document = files.Count == 0
            ? await _api.ExecuteAsync(body, cancellationToken).ConfigureAwait(false)
            : await _api.ExecuteWithFilesAsync(body, files, cancellationToken).ConfigureAwait(false);
        var results = document.RootElement;
        if (results.ValueKind != JsonValueKind.Array || results.GetArrayLength() != _calls.Count)
        {
            throw new InvalidDataException(
                $"A multirequest of {_calls.Count} calls got an answer that is not an array of {_calls.Count} results: {KalturaJsonReader.Excerpt(results.GetRawText())}");
        }

        var index = 0;
        foreach (var item in results.EnumerateArray())
        {
            _calls[index++].Complete(item);
        }
    }

    private TCall Queue<TCall>(TCall call)
        where TCall : KalturaCall
    {
        if (_executed)
        {
            throw new InvalidOperationException("The multirequest was already executed; start a new one.");
        }

        _calls.Add(call);
        return call;
    }
}
