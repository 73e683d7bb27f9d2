namespace KalturaGen.Simulator.Telemetry;

/// <summary>
/// The names the simulator reports under: one <see cref="System.Diagnostics.ActivitySource"/> and one
/// <see cref="System.Diagnostics.Metrics.Meter"/>, both called <see cref="Name"/> (with OpenTelemetry:
/// <c>.AddSource("KalturaGen.Simulator")</c> and <c>.AddMeter("KalturaGen.Simulator")</c>). Tags carry the same names as the
/// client's (KalturaGen.Runtime's <c>KalturaTelemetry</c>; a Client.Tests test holds them equal), so a call and the action
/// that answered it can be compared. The simulator does not reference the SDK, so the names are written here.
/// </summary>
public static class SimulatorTelemetry
{
    /// <summary>The name of the simulator's activity source and meter.</summary>
    public const string Name = "KalturaGen.Simulator";

    /// <summary>Tag: the Kaltura service of an action, as the caller named it, e.g. <c>uploadtoken</c>.</summary>
    public const string ServiceTag = "kaltura.service";

    /// <summary>Tag: the Kaltura action, e.g. <c>upload</c>.</summary>
    public const string ActionTag = "kaltura.action";

    /// <summary>Tag: the partner the call acts for: its KS's partner, else its <c>partnerId</c> parameter.</summary>
    public const string PartnerIdTag = "kaltura.partner_id";

    /// <summary>Tag: the Kaltura error code an action answered, e.g. <c>ENTRY_ID_NOT_FOUND</c>.</summary>
    public const string ErrorCodeTag = "kaltura.error_code";

    /// <summary>Tag: the 1-based position of the action in its multirequest (absent for a plain request).</summary>
    public const string MultiRequestIndexTag = "kaltura.multirequest.index";

    /// <summary>Tag: the HTTP status code of an answered request.</summary>
    public const string StatusCodeTag = "http.response.status_code";

    /// <summary>Counter of <c>/api_v3</c> HTTP requests answered (a multirequest is one).</summary>
    public const string RequestsInstrument = "kaltura.simulator.requests";

    /// <summary>Counter of dispatched actions (each call of a multirequest is one).</summary>
    public const string ActionsInstrument = "kaltura.simulator.actions";

    /// <summary>Counter of actions answered with a Kaltura error, tagged with its code.</summary>
    public const string ErrorsInstrument = "kaltura.simulator.errors";

    /// <summary>Counter of request body bytes received by <c>/api_v3</c> (uploaded chunks included).</summary>
    public const string BytesReceivedInstrument = "kaltura.simulator.bytes_received";
}
