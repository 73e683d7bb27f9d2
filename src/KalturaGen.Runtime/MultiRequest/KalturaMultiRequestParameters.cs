using System.Globalization;
using System.Text.Json;

namespace KalturaGen.Runtime;

/// <summary>The body of a multirequest: each queued call's parameters under its 1-based index.</summary>
public sealed class KalturaMultiRequestParameters : KalturaParameters
{
    /// <summary>The calls, in order.</summary>
    public KalturaMultiRequestParameters(IReadOnlyList<KalturaParameters> calls)
        : base("multirequest", "multirequest")
    {
        ArgumentNullException.ThrowIfNull(calls);
        Calls = calls;
    }

    /// <summary>The calls, in order.</summary>
    public IReadOnlyList<KalturaParameters> Calls { get; }

    /// <inheritdoc/>
    public override void WriteParameters(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        for (var i = 0; i < Calls.Count; i++)
        {
            writer.WritePropertyName((i + 1).ToString(CultureInfo.InvariantCulture));
            writer.WriteStartObject();
            writer.WriteString("service", Calls[i].KalturaService);
            writer.WriteString("action", Calls[i].KalturaAction);
            Calls[i].WriteParameters(writer);
            writer.WriteEndObject();
        }
    }
}
