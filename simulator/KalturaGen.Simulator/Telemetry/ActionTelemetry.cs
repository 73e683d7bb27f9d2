using System.Diagnostics;
using KalturaGen.Simulator.Sessions;
using KalturaGen.Simulator.Wire;
using Microsoft.Extensions.Logging;

namespace KalturaGen.Simulator.Telemetry;

/// <summary>
/// The span, metrics and log of one dispatched action (a plain request or one call of a multirequest): a Server span
/// <c>{service}.{action}</c> with the partner and, when it failed, the Kaltura error code. The KS is never recorded.
/// </summary>
internal sealed class ActionTelemetry
{
    private readonly string _service;
    private readonly string _action;
    private readonly int? _partnerId;
    private readonly Activity? _activity;

    private ActionTelemetry(string service, string action, int? partnerId, int? multiRequestIndex)
    {
        _service = service;
        _action = action;
        _partnerId = partnerId;
        _activity = SimulatorInstruments.Source.StartActivity($"{service}.{action}", ActivityKind.Server);
        if (_activity is { IsAllDataRequested: true })
        {
            _activity.SetTag(SimulatorTelemetry.ServiceTag, service);
            _activity.SetTag(SimulatorTelemetry.ActionTag, action);
            if (partnerId is { } id)
            {
                _activity.SetTag(SimulatorTelemetry.PartnerIdTag, id);
            }

            if (multiRequestIndex is { } index)
            {
                _activity.SetTag(SimulatorTelemetry.MultiRequestIndexTag, index);
            }
        }
    }

    /// <summary>Starts the telemetry of the action <paramref name="parameters"/> name.</summary>
    public static ActionTelemetry Start(string service, string action, ParamNode parameters, int? multiRequestIndex) =>
        new(Normalize(service), Normalize(action), PartnerOf(parameters), multiRequestIndex);

    /// <summary>Ends the action: succeeded, or failed with <paramref name="errorCode"/>.</summary>
    public void Finish(string? errorCode, ILogger logger)
    {
        var tags = new TagList { { SimulatorTelemetry.ServiceTag, _service }, { SimulatorTelemetry.ActionTag, _action } };
        SimulatorInstruments.Actions.Add(1, tags);
        if (errorCode is null)
        {
            logger.ActionSucceeded(_service, _action, _partnerId);
        }
        else
        {
            tags.Add(SimulatorTelemetry.ErrorCodeTag, errorCode);
            SimulatorInstruments.Errors.Add(1, tags);
            _activity?.SetTag(SimulatorTelemetry.ErrorCodeTag, errorCode);
            _activity?.SetStatus(ActivityStatusCode.Error, errorCode);
            logger.ActionFailed(_service, _action, _partnerId, errorCode);
        }

        _activity?.Dispose();
    }

    // The partner the KS belongs to (read, not verified: the dispatcher verifies it), else the partnerId parameter.
    private static int? PartnerOf(ParamNode parameters)
    {
        if (KsReader.TryReadPartnerId(parameters.Get("ks")?.AsText(), out var fromKs))
        {
            return fromKs;
        }

        var text = parameters.Get("partnerId")?.AsText() ?? parameters.Get("p")?.AsText();
        return int.TryParse(text, out var partnerId) ? partnerId : null;
    }

    private static string Normalize(string name) => name.Length == 0 ? "unknown" : name.ToLowerInvariant();
}
