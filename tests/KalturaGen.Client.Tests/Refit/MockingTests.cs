using KalturaGen.Client.Api;
using KalturaGen.Client.Enums;
using KalturaGen.Client.Models;
using KalturaGen.Client.Services;
using NSubstitute;

namespace KalturaGen.Client.Tests.Refit;

/// <summary>Code written against the friendly services or the Refit interfaces is tested with a plain substitute.</summary>
public class MockingTests
{
    private static readonly MediaEntry Entry = new() { Id = "0_abc", Name = "keynote", Status = EntryStatus.READY };

    [Fact]
    public async Task ASubstitutedMediaServiceFeedsCodeUnderTest()
    {
        var media = Substitute.For<IMediaService>();
        media.GetAsync("0_abc", Arg.Any<int>(), Arg.Any<CancellationToken>()).Returns(Entry);
        using var cancellation = new CancellationTokenSource();

        var label = await new EntryLabels(media).LabelAsync("0_abc", cancellation.Token);

        Assert.Equal("keynote (ready)", label);
        await media.Received(1).GetAsync("0_abc", -1, cancellation.Token);
        await media.DidNotReceiveWithAnyArgs().UpdateAsync(default!, default!, default);
    }

    [Fact]
    public async Task ASubstitutedMediaApiFeedsCodeUnderTest()
    {
        var api = Substitute.For<IMediaApi>();
        api.GetAsync(Arg.Any<MediaGetParameters>(), Arg.Any<CancellationToken>()).Returns(Entry);

        var ready = await new ReadyCheck(api).IsReadyAsync("0_abc", CancellationToken.None);

        Assert.True(ready);
        await api.Received(1).GetAsync(Arg.Is<MediaGetParameters>(p => p.EntryId == "0_abc" && p.Version == -1), CancellationToken.None);
    }

    [Fact]
    public async Task TheFriendlyServiceOverASubstitutedApiSendsTheParametersItWasGiven()
    {
        var api = Substitute.For<IMediaApi>();
        api.GetAsync(Arg.Any<MediaGetParameters>(), Arg.Any<CancellationToken>()).Returns(Entry);

        var label = await new EntryLabels(new MediaService(api)).LabelAsync("0_abc", CancellationToken.None);

        Assert.Equal("keynote (ready)", label);
        await api.Received(1).GetAsync(Arg.Is<MediaGetParameters>(p => p.EntryId == "0_abc" && p.Version == -1), CancellationToken.None);
    }

    [Fact]
    public async Task ASubstitutedListAsyncDrivesListAllAsync()
    {
        var media = Substitute.For<IMediaService>();
        var createdAt = 1_700_000_000;
        media.ListAsync(Arg.Any<MediaEntryFilter?>(), Arg.Any<FilterPager?>(), Arg.Any<CancellationToken>()).Returns(
            new MediaListResponse { Objects = [new MediaEntry { Id = "0_a", CreatedAt = createdAt }, new MediaEntry { Id = "0_b", CreatedAt = createdAt }] });

        var ids = new List<string>();
        await foreach (var entry in media.ListAllAsync(new MediaEntryFilter { NameLike = "key" }))
        {
            ids.Add(entry.Id!);
        }

        Assert.Equal(["0_a", "0_b"], ids);
        await media.Received(1).ListAsync(
            Arg.Is<MediaEntryFilter?>(f => f!.NameLike == "key" && f.OrderBy == "+createdAt"),
            Arg.Is<FilterPager?>(p => p!.PageSize == 500 && p.PageIndex == 1),
            Arg.Any<CancellationToken>());
    }

    /// <summary>Application code over the friendly service.</summary>
    private sealed class EntryLabels(IMediaService media)
    {
        public async Task<string> LabelAsync(string entryId, CancellationToken cancellationToken)
        {
            var entry = await media.GetAsync(entryId, cancellationToken: cancellationToken);
            return entry.Status == EntryStatus.READY ? $"{entry.Name} (ready)" : $"{entry.Name} (processing)";
        }
    }

    /// <summary>Application code over the Refit interface.</summary>
    private sealed class ReadyCheck(IMediaApi media)
    {
        public async Task<bool> IsReadyAsync(string entryId, CancellationToken cancellationToken) =>
            (await media.GetAsync(new MediaGetParameters { EntryId = entryId }, cancellationToken)).Status == EntryStatus.READY;
    }
}
