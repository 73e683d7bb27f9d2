using KalturaGen.Simulator.Schema;

namespace KalturaGen.Simulator.Dispatch;

/// <summary>The result of one dispatched action: a value or an error, with the action's definition when resolved.</summary>
/// <param name="Result">The action's value, or an <see cref="Errors.ApiException"/>.</param>
/// <param name="Definition">The action, when the service and action were found.</param>
internal sealed record DispatchOutcome(object? Result, ActionDef? Definition)
{
    /// <summary>The error code when the call failed.</summary>
    public string? ErrorCode => (Result as Errors.ApiException)?.Code;
}
