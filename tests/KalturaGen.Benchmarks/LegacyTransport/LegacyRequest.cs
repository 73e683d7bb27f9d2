using System.Buffers;
using System.Text.Json;

namespace KalturaGen.Benchmarks.LegacyTransport;

/// <summary>
/// One action call being built (<c>KalturaRequest</c> of commit 9fe97c4): service, action, the JSON of its
/// parameters and its file parameters. The legacy services fill it; <see cref="LegacyConnection"/> sends it.
/// </summary>
public class LegacyRequest
{
    private readonly ArrayBufferWriter<byte> _buffer = new();
    private readonly Utf8JsonWriter _writer;
    private readonly List<KeyValuePair<string, LegacyFile>> _files = [];
    private ReadOnlyMemory<byte>? _params;

    /// <summary>Starts a request for <paramref name="service"/>.<paramref name="action"/> (wire names).</summary>
    public LegacyRequest(string service, string action)
    {
        ArgumentException.ThrowIfNullOrEmpty(service);
        ArgumentException.ThrowIfNullOrEmpty(action);
        Service = service;
        Action = action;
        _writer = new Utf8JsonWriter(_buffer);
        _writer.WriteStartObject();
    }

    /// <summary>The wire service id (<c>uploadtoken</c>).</summary>
    public string Service { get; }

    /// <summary>The wire action name (<c>upload</c>).</summary>
    public string Action { get; }

    /// <summary>The file parameters, by parameter name.</summary>
    public IReadOnlyList<KeyValuePair<string, LegacyFile>> Files => _files;

    /// <summary>Writes a parameter name and returns the writer for its value.</summary>
    public Utf8JsonWriter WriteParam(string name)
    {
        EnsureOpen();
        _writer.WritePropertyName(name);
        return _writer;
    }

    /// <summary>Adds a file parameter (sent as a multipart part named <paramref name="name"/>).</summary>
    public void AddFile(string name, LegacyFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        EnsureOpen();
        _files.Add(new(name, file));
    }

    /// <summary>The parameters as one JSON object; the request cannot be changed afterwards.</summary>
    public ReadOnlyMemory<byte> GetParamsJson()
    {
        if (_params is null)
        {
            _writer.WriteEndObject();
            _writer.Flush();
            _writer.Dispose();
            _params = _buffer.WrittenMemory;
        }

        return _params.Value;
    }

    private void EnsureOpen()
    {
        if (_params is not null)
        {
            throw new InvalidOperationException("The request was already sent; build a new one.");
        }
    }
}

/// <summary>A request whose result is read as <typeparamref name="TResult"/>.</summary>
public sealed class LegacyRequest<TResult> : LegacyRequest
{
    private readonly Func<JsonElement, TResult> _readResult;

    /// <summary>Starts a request whose JSON result <paramref name="readResult"/> turns into a <typeparamref name="TResult"/>.</summary>
    public LegacyRequest(string service, string action, Func<JsonElement, TResult> readResult)
        : base(service, action)
    {
        ArgumentNullException.ThrowIfNull(readResult);
        _readResult = readResult;
    }

    /// <summary>Reads the result of this request from its JSON.</summary>
    public TResult ReadResult(JsonElement result) => _readResult(result);
}
