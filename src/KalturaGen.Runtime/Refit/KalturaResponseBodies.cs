using System.Runtime.CompilerServices;

namespace KalturaGen.Runtime;

/// <summary>
/// The body the exception factory already read from a response, handed to the result reader so a large answer is
/// copied out of the HttpContent once, not twice. Refit keeps the content it hands to both, so the content is the key;
/// entries go with their content (a weak table), and the reader takes its entry out.
/// </summary>
internal static class KalturaResponseBodies
{
    private static readonly ConditionalWeakTable<HttpContent, byte[]> Bodies = new();

    public static void Remember(HttpContent content, byte[] body) => Bodies.AddOrUpdate(content, body);

    public static bool TryTake(HttpContent content, out byte[] body)
    {
        if (Bodies.TryGetValue(content, out body!))
        {
            Bodies.Remove(content);
            return true;
        }

        return false;
    }
}
