using KalturaGen.Runtime;

namespace KalturaGen.Runtime.Tests.Paging;

/// <summary>
/// The runtime's paging helper over a fake list with small limits (pages of 3, at most 10 results per filter), so
/// that every boundary is a few items away.
/// </summary>
public class KalturaPagingTests
{
    private static readonly KalturaPagingOptions Small = new() { PageSize = 3, MaxMatches = 10 };

    [Fact]
    public async Task AListWithoutWindowPagesUntilAShortPage()
    {
        var server = new FakeListServer(Items(7, perSecond: 1), maxMatches: 100);

        var items = await ToListAsync(KalturaPaging.ListAllAsync<FakeItem>("fake.list", (page, ct) => server.ListAsync(null, page, ct), Small));

        Assert.Equal(Numbers(1, 7), items.Select(i => i.Number));
        Assert.Equal([(1, 3), (2, 3), (3, 3)], server.Requests.Select(r => (r.Page.PageIndex, r.Page.PageSize)));
    }

    [Fact]
    public async Task AnEmptyListYieldsNothingAfterOneRequest()
    {
        var server = new FakeListServer([]);

        Assert.Empty(await ToListAsync(KalturaPaging.ListAllAsync<FakeItem>("fake.list", (page, ct) => server.ListAsync(null, page, ct), Small)));
        Assert.Empty(await ToListAsync(KalturaPaging.ListAllAsync("fake.list", new FakeFilter(), ByCreatedAt(), server.ListAsync, Small)));
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task AListWithoutWindowEndsWithALimitExceptionWhenTheServerRefusesTheNextPage()
    {
        var server = new FakeListServer(Items(14, perSecond: 1));
        var items = new List<FakeItem>();

        var limit = await Assert.ThrowsAsync<KalturaListLimitException>(async () =>
        {
            await foreach (var item in KalturaPaging.ListAllAsync<FakeItem>("fake.list", (page, ct) => server.ListAsync(null, page, ct), Small))
            {
                items.Add(item);
            }
        });

        // Pages of 3 reach the limit at 10 (the fourth page is cut at it); the fifth is refused.
        Assert.Equal(Numbers(1, 10), items.Select(i => i.Number));
        Assert.Equal(("fake.list", 10L), (limit.Action, limit.ItemsYielded));
        Assert.Equal("QUERY_EXCEEDED_MAX_MATCHES_ALLOWED", Assert.IsType<KalturaApiException>(limit.InnerException).Code);
        Assert.Contains("no createdAt or id bound to window on", limit.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AListWithoutWindowGoesPastTheLimitWhenTheServerAllowsIt()
    {
        var server = new FakeListServer(Items(14, perSecond: 1), maxMatches: 1000);

        var items = await ToListAsync(KalturaPaging.ListAllAsync<FakeItem>("fake.list", (page, ct) => server.ListAsync(null, page, ct), Small));

        Assert.Equal(Numbers(1, 14), items.Select(i => i.Number));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(9)]
    public async Task WindowsOnCreatedAtYieldEveryItemOnceAcrossTheLimit(int perSecond)
    {
        var expected = Items(47, perSecond).ToList();
        var server = new FakeListServer(expected);

        var items = await ToListAsync(KalturaPaging.ListAllAsync("fake.list", new FakeFilter(), ByCreatedAt(), server.ListAsync, Small));

        Assert.Equal(expected.Select(i => i.Id).Order(), items.Select(i => i.Id).Order());
        Assert.Equal(items.Select(i => i.CreatedAt).Order(), items.Select(i => i.CreatedAt));
        Assert.True(server.Requests.Select(r => r.Filter!.CreatedAtGreaterThanOrEqual).Distinct().Count() > 4, "the list went through several windows");
    }

    [Fact]
    public async Task RandomListsAreYieldedOnceWhateverThePageSizeAndTheSecondsTheyShare()
    {
        var random = new Random(20240611);
        for (var run = 0; run < 300; run++)
        {
            var count = random.Next(0, 60);
            var seconds = new List<long>();
            while (seconds.Count < count)
            {
                // Fewer than 10 (the limit) share a second, or nothing could page past them.
                seconds.AddRange(Enumerable.Repeat(1_700_000_000L + seconds.Count, Math.Min(random.Next(1, 10), count - seconds.Count)));
            }

            var expected = seconds.Select((s, i) => new FakeItem($"0_{i:x4}", s, i)).ToList();
            var pageSize = random.Next(1, 11);
            var server = new FakeListServer(expected.OrderBy(_ => random.Next()));

            var items = await ToListAsync(KalturaPaging.ListAllAsync(
                "fake.list", new FakeFilter(), ByCreatedAt(), server.ListAsync, new KalturaPagingOptions { PageSize = pageSize, MaxMatches = 10 }));

            Assert.True(expected.Select(i => i.Id).Order().SequenceEqual(items.Select(i => i.Id).Order()), $"run {run}: {count} items in pages of {pageSize}");
            Assert.Equal(items.Select(i => i.CreatedAt).Order(), items.Select(i => i.CreatedAt));
        }
    }

    [Fact]
    public async Task TheLimitOfItemsInOneSecondCannotBePagedPast()
    {
        var server = new FakeListServer([.. Items(12, perSecond: 12), new FakeItem("later", 1_800_000_000, 99)]);
        var items = new List<FakeItem>();

        var limit = await Assert.ThrowsAsync<KalturaListLimitException>(async () =>
        {
            await foreach (var item in KalturaPaging.ListAllAsync("fake.list", new FakeFilter(), ByCreatedAt(), server.ListAsync, Small))
            {
                items.Add(item);
            }
        });

        Assert.Equal(10, items.Select(i => i.Id).Distinct().Count());
        Assert.Equal(10L, limit.ItemsYielded);
        Assert.Contains("at least 10 of them share createdAt 1700000000", limit.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCallersFilterIsSentInEveryWindowAndNeverChanged()
    {
        var server = new FakeListServer([.. Items(30, perSecond: 2), .. Items(5, perSecond: 2).Select(i => i with { Id = "b" + i.Id })]);
        var filter = new FakeFilter { IdPrefix = "0_", OrderBy = "-createdAt" };

        var items = await ToListAsync(KalturaPaging.ListAllAsync("fake.list", filter, ByCreatedAt(), server.ListAsync, Small));

        Assert.Equal(30, items.Count);
        Assert.All(server.Requests, r => Assert.Equal(("0_", "+createdAt"), (r.Filter!.IdPrefix, r.Filter.OrderBy)));
        Assert.False(server.Requests[0].Filter!.IsAssigned("createdAtGreaterThanOrEqual"));
        Assert.True(server.Requests[^1].Filter!.IsAssigned("createdAtGreaterThanOrEqual"));
        Assert.Equal(("-createdAt", (long?)null), (filter.OrderBy, filter.CreatedAtGreaterThanOrEqual));
        Assert.Equal(["idPrefix", "orderBy"], filter.AssignedProperties.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TheCallersOwnStartBoundsTheFirstWindow()
    {
        var server = new FakeListServer(Items(30, perSecond: 2));
        var filter = new FakeFilter { CreatedAtGreaterThanOrEqual = 1_700_000_005 };

        var items = await ToListAsync(KalturaPaging.ListAllAsync("fake.list", filter, ByCreatedAt(), server.ListAsync, Small));

        Assert.Equal(Numbers(11, 30), items.Select(i => i.Number).Order());
        Assert.Equal(1_700_000_005, server.Requests[0].Filter!.CreatedAtGreaterThanOrEqual);
    }

    [Fact]
    public async Task WindowsOnIdStartAfterTheLastId()
    {
        var server = new FakeListServer(Items(25, perSecond: 25));
        var window = KalturaListWindow.ById<FakeFilter, FakeItem>("+number", (f, v) => f.OrderBy = v, (f, v) => f.NumberGreaterThan = v, i => i.Number);

        var items = await ToListAsync(KalturaPaging.ListAllAsync("fake.list", new FakeFilter(), window, server.ListAsync, Small));

        Assert.Equal(Numbers(1, 25), items.Select(i => i.Number));
        Assert.Equal([null, 10L, 20L], server.Requests.Select(r => r.Filter!.NumberGreaterThan).Distinct());
    }

    [Fact]
    public async Task AServerLimitBelowTheExpectedOneEndsAWindowEarly()
    {
        var server = new FakeListServer(Items(20, perSecond: 2), maxMatches: 6);

        var items = await ToListAsync(KalturaPaging.ListAllAsync("fake.list", new FakeFilter(), ByCreatedAt(), server.ListAsync, Small));

        Assert.Equal(Numbers(1, 20), items.Select(i => i.Number).Order());
    }

    [Fact]
    public async Task AnItemThatComesAgainWhenTheListShiftsIsYieldedOnce()
    {
        var server = new FakeListServer(Items(8, perSecond: 1), maxMatches: 100);
        server.BeforeAnswer = call =>
        {
            if (call == 2)
            {
                server.Add(new FakeItem("0_early", 1_699_999_999, 0)); // pushes the item that ended page 1 onto page 2
            }
        };

        var items = await ToListAsync(KalturaPaging.ListAllAsync("fake.list", new FakeFilter(), ByCreatedAt(), server.ListAsync, Small));

        Assert.Equal(Numbers(1, 8), items.Select(i => i.Number));
    }

    [Fact]
    public async Task ItemsOutOfOrderOrWithoutTheirKeyCannotBeWindowed()
    {
        // A server that ignores the order (as Kaltura drops an orderBy value it does not know) answers its natural one.
        var unordered = new FakeListServer(Items(5, perSecond: 1).Reverse());
        var unknownOrder = KalturaListWindow.ByCreatedAt<FakeFilter, FakeItem>("+created", (f, v) => f.OrderBy = v, (f, v) => f.CreatedAtGreaterThanOrEqual = v, i => i.CreatedAt, i => i.Id);
        var outOfOrder = await Assert.ThrowsAsync<InvalidOperationException>(() => ToListAsync(
            KalturaPaging.ListAllAsync("fake.list", new FakeFilter(), unknownOrder, unordered.ListAsync, Small)));
        Assert.Contains("out of createdAt order", outOfOrder.Message, StringComparison.Ordinal);

        var keyless = new FakeListServer([new FakeItem("0_a", null, 1)]);
        var missing = await Assert.ThrowsAsync<InvalidOperationException>(() => ToListAsync(
            KalturaPaging.ListAllAsync("fake.list", new FakeFilter(), ByCreatedAt(), keyless.ListAsync, Small)));
        Assert.Contains("without createdAt", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AServerThatIgnoresTheWindowStartIsReportedInsteadOfListedAgain()
    {
        var server = new FakeListServer(Items(25, perSecond: 2)) { IgnoresStart = true };

        var ignored = await Assert.ThrowsAsync<InvalidOperationException>(() => ToListAsync(
            KalturaPaging.ListAllAsync("fake.list", new FakeFilter(), ByCreatedAt(), server.ListAsync, Small)));

        Assert.Contains("before the window's start", ignored.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancellationStopsTheEnumerationAndItsRequests()
    {
        var server = new FakeListServer(Items(40, perSecond: 2));
        using var cancellation = new CancellationTokenSource();
        var seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var item in KalturaPaging.ListAllAsync("fake.list", new FakeFilter(), ByCreatedAt(), server.ListAsync, Small, cancellation.Token))
            {
                if (++seen == 4)
                {
                    await cancellation.CancelAsync();
                }
            }
        });

        Assert.Equal(4, seen);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task TheTokenOfWithCancellationStopsItToo()
    {
        var server = new FakeListServer(Items(40, perSecond: 2));
        using var cancellation = new CancellationTokenSource();
        var seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var item in KalturaPaging.ListAllAsync<FakeItem>("fake.list", (page, ct) => server.ListAsync(null, page, ct), Small)
                .WithCancellation(cancellation.Token))
            {
                if (++seen == 3)
                {
                    await cancellation.CancelAsync();
                }
            }
        });

        Assert.Equal(3, seen);
        Assert.Single(server.Requests);
    }

    private static KalturaListWindow<FakeFilter, FakeItem> ByCreatedAt() =>
        KalturaListWindow.ByCreatedAt<FakeFilter, FakeItem>("+createdAt", (f, v) => f.OrderBy = v, (f, v) => f.CreatedAtGreaterThanOrEqual = v, i => i.CreatedAt, i => i.Id);

    /// <summary><paramref name="count"/> items numbered from 1, <paramref name="perSecond"/> to a second.</summary>
    private static IEnumerable<FakeItem> Items(int count, int perSecond) =>
        Enumerable.Range(1, count).Select(n => new FakeItem($"0_{n:x4}", 1_700_000_000L + ((n - 1) / perSecond), n));

    private static IEnumerable<long> Numbers(int from, int to) => Enumerable.Range(from, to - from + 1).Select(n => (long)n);

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
