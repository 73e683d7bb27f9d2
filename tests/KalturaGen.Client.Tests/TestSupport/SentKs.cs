using System.Text.Json;

namespace KalturaGen.Client.Tests.TestSupport;

/// <summary>Reads the KS a request body carried.</summary>
internal static class SentKs
{
    /// <summary>The <c>ks</c> member of a JSON request body, or null when it has none.</summary>
    public static string? Of(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty("ks", out var ks) ? ks.GetString() : null;
    }
}
