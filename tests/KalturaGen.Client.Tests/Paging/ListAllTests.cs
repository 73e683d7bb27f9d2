using KalturaGen.Client.Models;
using KalturaGen.Client.Services;
using KalturaGen.Runtime;
using KalturaGen.Simulator;

namespace KalturaGen.Client.Tests.Paging;

/// <summary>
/// The generated ListAllAsync methods against an in-process simulator, which refuses offsets of 10,000 or more as the
/// server does. Entries are seeded through the admin API (creating 10,000 through the API takes a request each).
/// </summary>
public class ListAllTests
{
    [Fact]
    public async Task EveryEntryIsYieldedOnceAcrossTheTenThousandLimit()
    {
        await using var simulator = await KalturaSimulator.StartInProcessAsync();
        var client = simulator.CreateClient();
        // 9,500 entries 500 to a second, then 1,000 in the second that holds the 10,000th, then 2,100 more.
        var seeded = new List<string>();
        foreach (var (batch, size) in Enumerable.Repeat(500, 19).Append(1000).Concat(Enumerable.Repeat(300, 7)).Select((size, batch) => (batch, size)))
        {
            seeded.AddRange(await simulator.Admin.SeedEntriesAsync(size, $"batch{batch}-"));
            simulator.AdvanceTime(TimeSpan.FromSeconds(1));
        }

        var refused = await Assert.ThrowsAsync<KalturaApiException>(() => client.Media.ListAsync(pager: new FilterPager { PageSize = 500, PageIndex = 21 }));
        Assert.Equal("QUERY_EXCEEDED_MAX_MATCHES_ALLOWED", refused.Code);

        var entries = await ToListAsync(client.Media.ListAllAsync());

        Assert.Equal(12_600, entries.Count);
        Assert.Equal(seeded.Order(StringComparer.Ordinal), entries.Select(e => e.Id!).Order(StringComparer.Ordinal));
        Assert.Equal(entries.Select(e => e.CreatedAt).Order(), entries.Select(e => e.CreatedAt));
        Assert.Single(entries.Skip(9_500).Take(1000).Select(e => e.CreatedAt).Distinct()); // the second across the limit
    }

    [Fact]
    public async Task TheCallersFilterHoldsInEveryWindowAndIsLeftUnchanged()
    {
        await using var simulator = await KalturaSimulator.StartInProcessAsync();
        var client = simulator.CreateClient();
        var kept = new List<string>();
        for (var second = 0; second < 26; second++)
        {
            kept.AddRange(await simulator.Admin.SeedEntriesAsync(400, $"keep{second}-"));
            await simulator.Admin.SeedEntriesAsync(40, $"drop{second}-");
            simulator.AdvanceTime(TimeSpan.FromSeconds(1));
        }

        var withoutContent = new List<string>();
        for (var n = 0; n < 3; n++)
        {
            withoutContent.Add((await client.Media.AddAsync(new MediaEntry { Name = $"keep-new-{n}", MediaType = Enums.MediaType.VIDEO })).Id!);
        }

        var filter = new MediaEntryFilter { NameLike = "keep" };
        var ready = await ToListAsync(client.Media.ListAllAsync(filter));
        var noContent = await ToListAsync(client.Media.ListAllAsync(new MediaEntryFilter { NameLike = "keep", StatusIn = "7" }));

        // Without a status filter only READY entries are listed: the 10,400 seeded ones, past the limit.
        Assert.Equal(kept.Order(StringComparer.Ordinal), ready.Select(e => e.Id!).Order(StringComparer.Ordinal));
        Assert.Equal(withoutContent.Order(StringComparer.Ordinal), noContent.Select(e => e.Id!).Order(StringComparer.Ordinal));
        Assert.Equal(["nameLike"], filter.AssignedProperties);
        Assert.Null(filter.OrderBy);
        Assert.Null(filter.CreatedAtGreaterThanOrEqual);
    }

    [Fact]
    public async Task AnEmptyListYieldsNothing()
    {
        await using var simulator = await KalturaSimulator.StartInProcessAsync();
        var client = simulator.CreateClient();

        Assert.Empty(await ToListAsync(client.Media.ListAllAsync()));
        Assert.Empty(await ToListAsync(client.BaseEntry.ListAllAsync(new BaseEntryFilter { NameLike = "nothing" })));
        Assert.Empty(await ToListAsync(client.BaseEntry.ListAllByReferenceIdAsync("nothing")));
        Assert.Empty(await ToListAsync(client.Data.ListAllAsync()));
        Assert.Empty(await ToListAsync(client.Documents.ListAllAsync()));
        Assert.Empty(await ToListAsync(client.UploadToken.ListAllAsync()));
        // Asset lists must name their entries (KalturaAssetFilter::validateEntryIdFiltered).
        Assert.Empty(await ToListAsync(client.FlavorAsset.ListAllAsync(new AssetFilter { EntryIdEqual = "0_nothing" })));
        Assert.Empty(await ToListAsync(client.AttachmentAsset.ListAllAsync(new AssetFilter { EntryIdEqual = "0_nothing" })));
    }

    [Fact]
    public async Task ListsWithoutAWindowPageToTheirEnd()
    {
        await using var simulator = await KalturaSimulator.StartInProcessAsync();
        var client = simulator.CreateClient();
        var tokens = new List<string>();
        for (var n = 0; n < 3; n++)
        {
            tokens.Add((await client.UploadToken.AddAsync(new UploadToken { FileName = $"{n}.mp4" })).Id!);
        }

        var referenced = new List<string>();
        for (var n = 0; n < 2; n++)
        {
            referenced.Add((await client.Media.AddAsync(new MediaEntry { Name = "r", ReferenceId = "ext-1", MediaType = Enums.MediaType.VIDEO })).Id!);
        }

        await client.Media.AddAsync(new MediaEntry { Name = "other", ReferenceId = "ext-2", MediaType = Enums.MediaType.VIDEO });

        Assert.Equal(tokens.Order(StringComparer.Ordinal), (await ToListAsync(client.UploadToken.ListAllAsync())).Select(t => t.Id!).Order(StringComparer.Ordinal));
        Assert.Equal(referenced.Order(StringComparer.Ordinal), (await ToListAsync(client.BaseEntry.ListAllByReferenceIdAsync("ext-1"))).Select(e => e.Id!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task CancellingStopsTheEnumeration()
    {
        await using var simulator = await KalturaSimulator.StartInProcessAsync();
        var client = simulator.CreateClient();
        await simulator.Admin.SeedEntriesAsync(1200);
        using var cancellation = new CancellationTokenSource();
        var seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var entry in client.Media.ListAllAsync(cancellationToken: cancellation.Token))
            {
                if (++seen == 600)
                {
                    await cancellation.CancelAsync();
                }
            }
        });

        Assert.Equal(600, seen);
    }

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
