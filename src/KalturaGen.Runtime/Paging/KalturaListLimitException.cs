namespace KalturaGen.Runtime;

/// <summary>
/// A list could not be enumerated to its end without losing items: the server refuses to page past its
/// 10,000-result limit and the list has nothing to window on, or more results than that limit share one window key
/// (the same createdAt second). The items yielded before it were correct; narrow the filter to list the rest.
/// </summary>
public sealed class KalturaListLimitException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="action">The list action, <c>service.action</c>.</param>
    /// <param name="itemsYielded">How many items were enumerated before the limit.</param>
    /// <param name="message">What happened and what to do.</param>
    /// <param name="innerException">The server's refusal, when there was one.</param>
    public KalturaListLimitException(string action, long itemsYielded, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Action = action;
        ItemsYielded = itemsYielded;
    }

    /// <summary>The list action, <c>service.action</c> (e.g. <c>baseentry.listByReferenceId</c>).</summary>
    public string Action { get; }

    /// <summary>How many items were enumerated before the limit.</summary>
    public long ItemsYielded { get; }
}
