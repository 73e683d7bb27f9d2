using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Faults;
using KalturaGen.Simulator.Rules;
using KalturaGen.Simulator.Schema;
using KalturaGen.Simulator.Sessions;
using KalturaGen.Simulator.Telemetry;
using KalturaGen.Simulator.Wire;
using Microsoft.Extensions.Logging;

namespace KalturaGen.Simulator.Dispatch;

/// <summary>
/// The server's <c>KalturaDispatcher::dispatch</c>, in its order (reference §1.3): service, action,
/// KS decoding, arguments, KS validity, ownership, permissions, then the action. The first error wins.
/// Any unexpected exception becomes INTERNAL_SERVERL_ERROR.
/// </summary>
internal sealed class Dispatcher(SimulatorRuntime runtime, ILogger<Dispatcher> logger)
{
    /// <summary>Dispatches one call (a plain request or one multirequest item) and journals it.</summary>
    public async Task<DispatchOutcome> DispatchAsync(ParamNode parameters, RequestOrigin origin, int? multiRequestIndex, CancellationToken cancellationToken)
    {
        var serviceText = parameters.Get("service")?.AsText() ?? "";
        var actionText = parameters.Get("action")?.AsText() ?? "";
        var telemetry = ActionTelemetry.Start(serviceText, actionText, parameters, multiRequestIndex);
        string? fault = null;
        DispatchOutcome outcome;
        try
        {
            var (definition, result, appliedFault) = await RunAsync(parameters, serviceText, actionText, origin, cancellationToken);
            fault = appliedFault;
            outcome = new DispatchOutcome(result, definition);
        }
        catch (ApiException ex)
        {
            outcome = new DispatchOutcome(ex, FindAction(serviceText, actionText));
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Unexpected failure in {Service}.{Action}", serviceText, actionText);
            outcome = new DispatchOutcome(new ApiException("INTERNAL_SERVERL_ERROR"), FindAction(serviceText, actionText));
        }

        runtime.Journal.Record(runtime.Clock.GetUtcNow(), serviceText, actionText, multiRequestIndex, parameters, outcome.ErrorCode, fault);
        telemetry.Finish(outcome.ErrorCode, logger);
        return outcome;
    }

    private async Task<(ActionDef Definition, object? Result, string? Fault)> RunAsync(
        ParamNode parameters, string serviceText, string actionText, RequestOrigin origin, CancellationToken cancellationToken)
    {
        if (IsFalsy(serviceText))
        {
            throw new ApiException("SERVICE_NOT_SPECIFIED");
        }

        var serviceId = serviceText.ToLowerInvariant();
        var service = runtime.Schema.FindService(serviceId) ?? throw new ApiException("SERVICE_DOES_NOT_EXISTS", serviceId);
        if (IsFalsy(actionText))
        {
            throw new ApiException("ACTION_NOT_SPECIFIED");
        }

        var actionId = actionText.ToLowerInvariant();
        if (!service.Actions.TryGetValue(actionId, out var definition))
        {
            throw new ApiException("ACTION_DOES_NOT_EXISTS", actionId, serviceId);
        }

        var registration = runtime.Registry.Find(service.Id, definition.Name)
            ?? throw new ApiException("INTERNAL_SERVERL_ERROR");

        if (runtime.Faults.Next(serviceId, actionId, FaultKind.KalturaError) is { } injected)
        {
            throw new ApiException(injected.ErrorCode, [.. injected.ErrorArgs]);
        }

        var partnerParam = parameters.Get("partnerId")?.AsText() ?? parameters.Get("p")?.AsText();
        var session = definition.Session == SessionRequirement.None
            ? KsCracker.Resolve(runtime.State, null, partnerParam)
            : KsCracker.Resolve(runtime.State, parameters.Get("ks")?.AsText(), partnerParam);

        var binder = new ValueBinder(runtime.Schema, runtime.Clock.GetUtcNow());
        var args = binder.BindArguments(definition, ColonKeys.Group(parameters, runtime.Options.Limits));
        var context = new ActionContext(runtime, service.Id, actionId, definition, args, session, origin, cancellationToken);

        await runtime.State.Gate.WaitAsync(cancellationToken);
        var gateHeld = true;
        try
        {
            runtime.Lifecycle.Settle();
            KsValidator.Validate(runtime.State, session, runtime.Clock.GetUtcNow(), origin.RemoteIp, origin.RequestUri);
            if (registration.ValidateUser is { } rule)
            {
                EntryOwnershipRule.Check(context, rule);
            }

            ServicePermissions.Check(session, definition, service.Id, actionId, partnerParam);
            if (registration.SelfLocking)
            {
                runtime.State.Gate.Release();
                gateHeld = false;
            }

            return (definition, await registration.Handler(context), null);
        }
        finally
        {
            if (gateHeld)
            {
                runtime.State.Gate.Release();
            }

            context.DeleteTemporaryFiles();
        }
    }

    private ActionDef? FindAction(string serviceText, string actionText) =>
        runtime.Schema.FindService(serviceText.ToLowerInvariant()) is { } service
        && service.Actions.TryGetValue(actionText.ToLowerInvariant(), out var action) ? action : null;

    // PHP's "!$value": empty string and "0" are false.
    private static bool IsFalsy(string text) => text is "" or "0";
}
