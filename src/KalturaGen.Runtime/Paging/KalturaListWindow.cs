using System.Globalization;

namespace KalturaGen.Runtime;

/// <summary>
/// Creates the windows <see cref="KalturaPaging"/> pages past the server's 10,000-result limit with: a filter
/// bound that restarts the list after the last item seen, and the order that makes that bound a cursor.
/// </summary>
public static class KalturaListWindow
{
    /// <summary>
    /// Windows on creation time: <c>orderBy=+createdAt</c>, and each new window starts at the last createdAt seen
    /// (<c>createdAtGreaterThanOrEqual</c>, inclusive, since several items can share a second). Items of that second
    /// already yielded are recognized by <paramref name="id"/> and skipped.
    /// </summary>
    /// <param name="orderBy">The order value, <c>+createdAt</c>.</param>
    /// <param name="setOrderBy">Sets the filter's orderBy.</param>
    /// <param name="setStart">Sets the filter's <c>createdAtGreaterThanOrEqual</c>.</param>
    /// <param name="createdAt">An item's createdAt.</param>
    /// <param name="id">An item's id.</param>
    public static KalturaListWindow<TFilter, TItem> ByCreatedAt<TFilter, TItem>(
        string orderBy, Action<TFilter, string> setOrderBy, Action<TFilter, long> setStart, Func<TItem, long?> createdAt, Func<TItem, string?> id)
        where TFilter : KalturaObjectBase
    {
        ArgumentNullException.ThrowIfNull(id);
        return new(orderBy, setOrderBy, setStart, createdAt, id, inclusive: true, "createdAt");
    }

    /// <summary>
    /// Windows on an increasing integer id: <c>orderBy=+id</c>, and each new window starts after the last id seen
    /// (<c>idGreaterThan</c>, exclusive, ids being unique).
    /// </summary>
    /// <param name="orderBy">The order value, <c>+id</c>.</param>
    /// <param name="setOrderBy">Sets the filter's orderBy.</param>
    /// <param name="setStart">Sets the filter's <c>idGreaterThan</c>.</param>
    /// <param name="id">An item's id.</param>
    public static KalturaListWindow<TFilter, TItem> ById<TFilter, TItem>(
        string orderBy, Action<TFilter, string> setOrderBy, Action<TFilter, long> setStart, Func<TItem, long?> id)
        where TFilter : KalturaObjectBase
    {
        ArgumentNullException.ThrowIfNull(id);
        return new(orderBy, setOrderBy, setStart, id, item => id(item)?.ToString(CultureInfo.InvariantCulture), inclusive: false, "id");
    }
}

/// <summary>A window of a list action over <typeparamref name="TFilter"/> yielding <typeparamref name="TItem"/>; see <see cref="KalturaListWindow"/>.</summary>
/// <typeparam name="TFilter">The list's filter.</typeparam>
/// <typeparam name="TItem">The listed items.</typeparam>
public sealed class KalturaListWindow<TFilter, TItem>
    where TFilter : KalturaObjectBase
{
    private readonly string _orderBy;
    private readonly Action<TFilter, string> _setOrderBy;
    private readonly Action<TFilter, long> _setStart;
    private readonly Func<TItem, long?> _key;
    private readonly Func<TItem, string?> _id;

    internal KalturaListWindow(
        string orderBy, Action<TFilter, string> setOrderBy, Action<TFilter, long> setStart, Func<TItem, long?> key, Func<TItem, string?> id,
        bool inclusive, string keyName)
    {
        ArgumentException.ThrowIfNullOrEmpty(orderBy);
        _orderBy = orderBy;
        _setOrderBy = setOrderBy ?? throw new ArgumentNullException(nameof(setOrderBy));
        _setStart = setStart ?? throw new ArgumentNullException(nameof(setStart));
        _key = key ?? throw new ArgumentNullException(nameof(key));
        _id = id;
        IsInclusive = inclusive;
        KeyName = keyName;
    }

    /// <summary>True when a window starts at its key (createdAt), false when after it (id).</summary>
    internal bool IsInclusive { get; }

    /// <summary>The item property the window is keyed on, for messages.</summary>
    internal string KeyName { get; }

    /// <summary>The filter of a window: a copy of the caller's (never changed) with the window's order and start.</summary>
    internal TFilter Prepare(TFilter filter, long? start)
    {
        var copy = (TFilter)filter.CopyForRequest();
        _setOrderBy(copy, _orderBy);
        if (start is { } value)
        {
            _setStart(copy, value);
        }

        return copy;
    }

    internal long? KeyOf(TItem item) => _key(item);

    internal string? IdOf(TItem item) => _id(item);
}
