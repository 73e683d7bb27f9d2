using System.Globalization;
using System.Runtime.CompilerServices;

namespace KalturaGen.Runtime;

/// <summary>
/// Enumerates every result of a Kaltura list action, page by page: what the generated <c>ListAllAsync</c> methods
/// call. Pages are as large as the server allows (500). The server lists at most 10,000 results per filter (it
/// refuses an offset of 10,000 or more with <c>QUERY_EXCEEDED_MAX_MATCHES_ALLOWED</c>), so a list whose filter has a
/// window bound goes on in windows, as Kaltura recommends: ordered by that key, each window restarting at the last
/// key seen, the items at the boundary already yielded skipped. A list without one pages until the server refuses.
/// </summary>
/// <remarks>
/// Paging within a window uses offsets, as every Kaltura client does: an item deleted (or one that stops matching)
/// while the list is enumerated can shift a later page and be missed by it. An item is never yielded twice.
/// </remarks>
public static class KalturaPaging
{
    /// <summary>The largest page <c>KalturaFilterPager</c> allows (<c>maxPageSize</c>; larger ones are clamped).</summary>
    public const int MaxPageSize = 500;

    /// <summary>The results one filter can page through (the search engine's max matches).</summary>
    public const int MaxMatches = 10_000;

    /// <summary>The error the server answers a page at or past <see cref="MaxMatches"/> with.</summary>
    public const string MaxMatchesErrorCode = "QUERY_EXCEEDED_MAX_MATCHES_ALLOWED";

    /// <summary>
    /// Every result of a list action that cannot window: pages until one is shorter than requested. If the server
    /// refuses a page past its limit, the enumeration ends with a <see cref="KalturaListLimitException"/>.
    /// </summary>
    /// <typeparam name="TItem">The listed items.</typeparam>
    /// <param name="action">The action, <c>service.action</c>, for messages.</param>
    /// <param name="listPage">Calls the action for one page and answers its objects.</param>
    /// <param name="options">Page size and limit; <see cref="KalturaPagingOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the enumeration (so does the token given to <c>WithCancellation</c>).</param>
    public static IAsyncEnumerable<TItem> ListAllAsync<TItem>(
        string action,
        Func<KalturaPageRequest, CancellationToken, Task<IList<TItem>?>> listPage,
        KalturaPagingOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(action);
        ArgumentNullException.ThrowIfNull(listPage);
        return EnumerateAsync<KalturaObjectBase, TItem>(
            action, null, null, (_, page, ct) => listPage(page, ct), Validate(options), cancellationToken);
    }

    /// <summary>
    /// Every result of a list action that windows on <paramref name="window"/>'s key, each once, in key order.
    /// <paramref name="filter"/> is never changed: each window sends a copy with the window's order and start.
    /// </summary>
    /// <typeparam name="TFilter">The list's filter.</typeparam>
    /// <typeparam name="TItem">The listed items.</typeparam>
    /// <param name="action">The action, <c>service.action</c>, for messages.</param>
    /// <param name="filter">The caller's filter (its own orderBy is replaced by the window's).</param>
    /// <param name="window">The window key, from <see cref="KalturaListWindow"/>.</param>
    /// <param name="listPage">Calls the action with a window's filter for one page and answers its objects.</param>
    /// <param name="options">Page size and limit; <see cref="KalturaPagingOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the enumeration (so does the token given to <c>WithCancellation</c>).</param>
    public static IAsyncEnumerable<TItem> ListAllAsync<TFilter, TItem>(
        string action,
        TFilter filter,
        KalturaListWindow<TFilter, TItem> window,
        Func<TFilter, KalturaPageRequest, CancellationToken, Task<IList<TItem>?>> listPage,
        KalturaPagingOptions? options = null,
        CancellationToken cancellationToken = default)
        where TFilter : KalturaObjectBase
    {
        ArgumentException.ThrowIfNullOrEmpty(action);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(listPage);
        return EnumerateAsync(action, filter, window, (f, page, ct) => listPage(f!, page, ct), Validate(options), cancellationToken);
    }

    private static KalturaPagingOptions Validate(KalturaPagingOptions? options)
    {
        options ??= KalturaPagingOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.PageSize, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxMatches, options.PageSize, nameof(options));
        return options;
    }

    private static async IAsyncEnumerable<TItem> EnumerateAsync<TFilter, TItem>(
        string action,
        TFilter? filter,
        KalturaListWindow<TFilter, TItem>? window,
        Func<TFilter?, KalturaPageRequest, CancellationToken, Task<IList<TItem>?>> listPage,
        KalturaPagingOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
        where TFilter : KalturaObjectBase
    {
        long yielded = 0;
        long? start = null;

        // Ids yielded in this window, starting with those of the previous window's last key (an inclusive window
        // lists them again first).
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var windowFilter = window is null ? filter : window.Prepare(filter!, start);
            var atLastKey = new HashSet<string>(StringComparer.Ordinal);
            long? firstKey = null;
            long? lastKey = null;
            for (var pageIndex = 1; ; pageIndex++)
            {
                var offset = (long)(pageIndex - 1) * options.PageSize;
                if (window is not null && offset >= options.MaxMatches)
                {
                    break;
                }

                IList<TItem>? items;
                try
                {
                    items = await listPage(windowFilter, new KalturaPageRequest(pageIndex, options.PageSize), cancellationToken).ConfigureAwait(false);
                }
                catch (KalturaApiException refused) when (refused.Code == MaxMatchesErrorCode && pageIndex > 1)
                {
                    if (window is null)
                    {
                        throw new KalturaListLimitException(action, yielded, Invariant(
                            $"{action} cannot be listed past {yielded} results: the server refuses pages beyond its limit ({MaxMatchesErrorCode}) and this list has no createdAt or id bound to window on. Narrow the filter (or the parameters) so that fewer results match, and list each part."),
                            refused);
                    }

                    break; // the server's limit is lower than ours: this window is full
                }

                var count = items?.Count ?? 0;
                for (var i = 0; i < count; i++)
                {
                    var item = items![i];
                    if (window is not null)
                    {
                        var key = window.KeyOf(item) ?? throw MissingKey(action, window.KeyName);
                        if (start is { } from && (window.IsInclusive ? key < from : key <= from))
                        {
                            // Kaltura ignores filter properties it does not know: without this, the list would restart.
                            throw new InvalidOperationException(Invariant(
                                $"{action} answered an item with {window.KeyName} {key} before the window's start {from}, so it cannot be windowed: the server must honour the filter's start bound on {window.KeyName}."));
                        }

                        if (key < lastKey)
                        {
                            throw new InvalidOperationException(Invariant(
                                $"{action} answered items out of {window.KeyName} order ({key} after {lastKey}), so it cannot be windowed: the server must honour orderBy on {window.KeyName}."));
                        }

                        var id = window.IdOf(item) ?? throw MissingKey(action, "id");
                        if (key != lastKey)
                        {
                            atLastKey.Clear();
                            lastKey = key;
                        }

                        firstKey ??= key;
                        atLastKey.Add(id);
                        if (!seen.Add(id))
                        {
                            continue;
                        }
                    }

                    cancellationToken.ThrowIfCancellationRequested();
                    yielded++;
                    yield return item;
                }

                // A page that straddles the limit is cut at it (the server's max matches): only a page shorter than
                // that ends the list. A list the server does not limit goes on past it.
                var expected = offset < options.MaxMatches ? Math.Min(options.PageSize, options.MaxMatches - offset) : options.PageSize;
                if (count < expected)
                {
                    yield break;
                }
            }

            // The window is full: the next one starts at (or after) its last key.
            if (window!.IsInclusive && firstKey == lastKey)
            {
                throw new KalturaListLimitException(action, yielded, Invariant(
                    $"{action} cannot be listed past {yielded} results: at least {options.MaxMatches} of them share {window.KeyName} {lastKey}, and one filter can page through at most {options.MaxMatches}. Narrow the filter (e.g. by user, tags or type) so that fewer results share it, and list each part."));
            }

            start = lastKey;
            seen = window.IsInclusive ? atLastKey : new HashSet<string>(StringComparer.Ordinal);
        }
    }

    private static string Invariant(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);

    private static InvalidOperationException MissingKey(string action, string property) =>
        new($"{action} answered an item without {property}, which listing every result needs to window past the server's limit "
            + "(a response profile must keep it).");
}
