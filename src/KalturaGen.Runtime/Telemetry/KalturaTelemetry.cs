using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace KalturaGen.Runtime;

/// <summary>
/// The names KalturaGen reports under: one <see cref="ActivitySource"/> and one <see cref="Meter"/>, both called
/// <see cref="Name"/> (with OpenTelemetry: <c>.AddSource("KalturaGen")</c> and <c>.AddMeter("KalturaGen")</c>).
/// </summary>
public static class KalturaTelemetry
{
    /// <summary>The name of KalturaGen's activity source and meter.</summary>
    public const string Name = "KalturaGen";

    /// <summary>Tag: the Kaltura service of a call, e.g. <c>media</c>.</summary>
    public const string ServiceTag = "kaltura.service";

    /// <summary>Tag: the Kaltura action of a call, e.g. <c>list</c>.</summary>
    public const string ActionTag = "kaltura.action";

    /// <summary>Tag: the partner a call acts for (<see cref="KalturaClientOptions.PartnerId"/>), when set.</summary>
    public const string PartnerIdTag = "kaltura.partner_id";

    /// <summary>Tag: the code of the Kaltura error a call ended with, e.g. <c>ENTRY_ID_NOT_FOUND</c>.</summary>
    public const string ErrorCodeTag = "kaltura.error_code";

    /// <summary>Tag (OpenTelemetry's): what a failed call ended with: the Kaltura error code, else the exception's type.</summary>
    public const string ErrorTypeTag = "error.type";

    /// <summary>Histogram of the time a Kaltura call takes, in seconds.</summary>
    public const string CallDurationInstrument = "kaltura.client.call.duration";

    /// <summary>Counter of Kaltura calls that failed.</summary>
    public const string CallErrorsInstrument = "kaltura.client.call.errors";
}
