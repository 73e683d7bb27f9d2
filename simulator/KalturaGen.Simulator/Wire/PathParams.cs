namespace KalturaGen.Simulator.Wire;

/// <summary>
/// The server's <c>getUrlRequestParams</c>: after the script name, the URL path is read as
/// alternating key/value pairs (<c>/service/media/action/list</c>); the first occurrence of a key wins.
/// </summary>
internal static class PathParams
{
    private static readonly HashSet<string> ScriptParts = new(StringComparer.Ordinal) { "", "api_v3", "index.php" };

    /// <summary>Reads the pairs of a path such as <c>/api_v3/service/media/action/list</c>.</summary>
    public static List<KeyValuePair<string, string>> Read(string path)
    {
        // PHP removes every path part equal to a part of the script name, then walks pairs while the key is truthy.
        var parts = path.Split('/').Select(Unescape).Where(p => !ScriptParts.Contains(p)).ToList();
        var result = new List<KeyValuePair<string, string>>();
        for (var i = 0; i < parts.Count; i += 2)
        {
            var key = parts[i];
            if (key == "0")
            {
                break;
            }

            if (i + 1 < parts.Count && result.All(p => p.Key != key))
            {
                result.Add(new(key, parts[i + 1]));
            }
        }

        return result;
    }

    private static string Unescape(string segment)
    {
        try
        {
            return Uri.UnescapeDataString(segment);
        }
        catch (UriFormatException)
        {
            return segment;
        }
    }
}
