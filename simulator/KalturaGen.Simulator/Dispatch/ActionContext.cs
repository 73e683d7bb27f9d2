using System.Net;
using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Schema;
using KalturaGen.Simulator.Sessions;
using KalturaGen.Simulator.State;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Dispatch;

/// <summary>Where a request came from, as the handlers need it.</summary>
/// <param name="BaseUrl">The service URL root (scheme and host) the client used, for URLs the simulator hands out.</param>
/// <param name="RemoteIp">The caller's address.</param>
/// <param name="RequestUri">The request path and query.</param>
internal sealed record RequestOrigin(string BaseUrl, IPAddress? RemoteIp, string RequestUri);

/// <summary>One action call: its bound arguments, the caller's session, and the simulator it runs in.</summary>
internal sealed class ActionContext
{
    internal ActionContext(SimulatorRuntime runtime, string service, string action, ActionDef definition,
        IReadOnlyDictionary<string, object?> args, SessionContext session, RequestOrigin origin, CancellationToken cancellationToken)
    {
        Runtime = runtime;
        Service = service;
        Action = action;
        Definition = definition;
        Args = args;
        Session = session;
        Origin = origin;
        CancellationToken = cancellationToken;
    }

    /// <summary>The simulator.</summary>
    public SimulatorRuntime Runtime { get; }

    /// <summary>The service id, lower case.</summary>
    public string Service { get; }

    /// <summary>The action name, lower case.</summary>
    public string Action { get; }

    /// <summary>The action's schema definition.</summary>
    public ActionDef Definition { get; }

    /// <summary>Bound arguments by parameter name.</summary>
    public IReadOnlyDictionary<string, object?> Args { get; }

    /// <summary>The caller.</summary>
    public SessionContext Session { get; }

    /// <summary>Where the request came from.</summary>
    public RequestOrigin Origin { get; }

    /// <summary>Cancelled when the client goes away.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>URL resources downloaded before the call took the state gate.</summary>
    public Dictionary<WireObject, Processing.ReadyFile?> Prefetched { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Files this call created outside the storage (fetched URLs). When the call ends, those it did not move into
    /// storage are deleted, whatever way it ended.
    /// </summary>
    public List<string> TemporaryFiles { get; } = [];

    /// <summary>The state.</summary>
    public SimulatorState State => Runtime.State;

    /// <summary>The schema.</summary>
    public ApiSchema Schema => Runtime.Schema;

    /// <summary>The caller's partner id (0 when unknown).</summary>
    public int PartnerId => Session.PartnerId ?? 0;

    /// <summary>The caller's partner; throws MISSING_KS when there is none.</summary>
    public PartnerOptions Partner => Session.Partner ?? throw new ApiException("MISSING_KS");

    /// <summary>Now, in Unix seconds on the simulator clock.</summary>
    public long Now => Runtime.Clock.GetUtcNow().ToUnixTimeSeconds();

    /// <summary>A string argument.</summary>
    public string? String(string name) => WireValues.AsString(Args.GetValueOrDefault(name));

    /// <summary>A string argument that must be non-empty, else MISSING_MANDATORY_PARAMETER.</summary>
    public string RequiredString(string name) =>
        String(name) is { Length: > 0 } value ? value : throw new ApiException("MISSING_MANDATORY_PARAMETER", name);

    /// <summary>An integer argument.</summary>
    public long? Long(string name) => WireValues.AsLong(Args.GetValueOrDefault(name));

    /// <summary>A float argument.</summary>
    public double? Double(string name) => WireValues.AsDouble(Args.GetValueOrDefault(name));

    /// <summary>A boolean argument.</summary>
    public bool? Bool(string name) => Args.GetValueOrDefault(name) switch
    {
        bool b => b,
        null => null,
        var other => WireValues.AsLong(other) != 0,
    };

    /// <summary>An object argument.</summary>
    public WireObject? Object(string name) => Args.GetValueOrDefault(name) as WireObject;

    /// <summary>An array-of-objects argument (empty when absent).</summary>
    public IReadOnlyList<WireObject> List(string name) => Args.GetValueOrDefault(name) as IReadOnlyList<WireObject> ?? [];

    /// <summary>A file argument.</summary>
    public UploadedFilePart? File(string name) => Args.GetValueOrDefault(name) as UploadedFilePart;

    /// <summary>Deletes the call's temporary files that are still where they were created.</summary>
    internal void DeleteTemporaryFiles()
    {
        foreach (var path in TemporaryFiles)
        {
            try
            {
                System.IO.File.Delete(path);
            }
            catch (IOException)
            {
                // Still open elsewhere: removed with the storage folder.
            }
        }
    }
}
