using System.Text.Json;

namespace KalturaGen.Runtime;

/// <summary>
/// Several calls sent in one POST to <c>/api_v3/service/multirequest</c>, numbered "1", "2", ... Generated
/// multirequests add typed call methods per service; <see cref="Add{TResult}"/> accepts any request.
/// </summary>
public abstract class KalturaMultiRequestBase
{
    private readonly KalturaConnection _connection;
    private readonly List<KalturaCall> _calls = [];
    private bool _executed;

    /// <summary>Creates an empty multirequest over a connection.</summary>
    protected KalturaMultiRequestBase(KalturaConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _connection = connection;
    }

    /// <summary>The queued calls, in order.</summary>
    public IReadOnlyList<KalturaCall> Calls => _calls;

    /// <summary>Queues a request with a result.</summary>
    public KalturaCall<TResult> Add<TResult>(KalturaRequest<TResult> request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Queue(new KalturaCall<TResult>(_calls.Count + 1, request));
    }

    /// <summary>Queues a request whose result is not read (a void action).</summary>
    public KalturaCall Add(KalturaRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Queue(new KalturaCall(_calls.Count + 1, request));
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
        using var document = await _connection.PostMultiRequestAsync(_calls.Select(c => c.Request).ToList(), cancellationToken)
            .ConfigureAwait(false);
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
