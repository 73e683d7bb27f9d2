namespace KalturaGen.Simulator.Faults;

/// <summary>What an injected fault does.</summary>
public enum FaultKind
{
    /// <summary>Answer with an HTTP error status (e.g. 503) instead of a Kaltura response.</summary>
    HttpError,
    /// <summary>Wait (real time) before handling the call.</summary>
    Delay,
    /// <summary>Read part of the request body, then drop the connection; the call is not processed.</summary>
    AbortRequest,
    /// <summary>Process the call, start the response, then drop the connection mid-body.</summary>
    AbortResponse,
    /// <summary>Answer with a Kaltura error instead of running the action.</summary>
    KalturaError,
}

/// <summary>A fault to inject into calls of one service.action (or all of them).</summary>
public sealed class FaultRule
{
    /// <summary><c>service.action</c> (case-insensitive), <c>service.*</c>, or <c>*</c> for every call.</summary>
    public string Target { get; set; } = "*";

    /// <summary>What to do.</summary>
    public FaultKind Kind { get; set; } = FaultKind.HttpError;

    /// <summary>Fault only the first N matching calls; null for no count limit.</summary>
    public int? FirstCalls { get; set; }

    /// <summary>Fault this fraction (0..1) of matching calls, drawn from <see cref="Seed"/>; null for every call.</summary>
    public double? Fraction { get; set; }

    /// <summary>Seed of the fraction draw, so a run is repeatable.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>For <see cref="FaultKind.HttpError"/>: the status to answer with.</summary>
    public int StatusCode { get; set; } = 503;

    /// <summary>For <see cref="FaultKind.HttpError"/>: process the call first, then answer with the error.</summary>
    public bool AfterProcessing { get; set; }

    /// <summary>For <see cref="FaultKind.Delay"/>: how long to wait.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>For <see cref="FaultKind.KalturaError"/>: the error code.</summary>
    public string ErrorCode { get; set; } = "INTERNAL_SERVERL_ERROR";

    /// <summary>For <see cref="FaultKind.KalturaError"/>: the error's argument values, in order.</summary>
    public List<string> ErrorArgs { get; set; } = [];

    /// <summary>Whether the rule targets the call.</summary>
    public bool Matches(string service, string action)
    {
        if (Target == "*")
        {
            return true;
        }

        var dot = Target.IndexOf('.');
        var targetService = dot >= 0 ? Target[..dot] : Target;
        var targetAction = dot >= 0 ? Target[(dot + 1)..] : "*";
        return string.Equals(targetService, service, StringComparison.OrdinalIgnoreCase)
            && (targetAction == "*" || string.Equals(targetAction, action, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A readable description for the journal.</summary>
    public override string ToString() => Kind switch
    {
        FaultKind.HttpError => $"HTTP {StatusCode}",
        FaultKind.Delay => $"delay {Delay}",
        FaultKind.KalturaError => ErrorCode,
        _ => Kind.ToString(),
    };
}
