using KalturaGen.Client.Enums;
using KalturaGen.Client.Models;
using KalturaGen.Runtime;
using KalturaGen.Simulator;
using KalturaGen.Simulator.Sessions;

namespace KalturaGen.Client.Tests.Moderation;

/// <summary>
/// Moderation end to end through the generated SDK against a partner that moderates content
/// (entry::setDefaultModerationStatus, KalturaEntryService::flagEntry, approveEntry, rejectEntry, listFlagsForEntry).
/// </summary>
public sealed class ModerationThroughTheSdkTests
{
    [Fact]
    public async Task AnUploadWaitsForApprovalIsFlaggedByAViewerAndApprovedAgain()
    {
        await using var simulator = await StartModeratedAsync();
        var admin = simulator.CreateClient();
        var viewer = ClientFor(simulator, simulator.CreateKs(type: SessionKind.User, userId: "viewer"));
        var entry = await UploadAsync(simulator, admin, "talk.mp4");

        // READY, yet pending moderation: hidden from the default list, and not flaggable yet.
        Assert.Equal(EntryStatus.READY, entry.Status);
        Assert.Equal(EntryModerationStatus.PENDING_MODERATION, entry.ModerationStatus);
        Assert.DoesNotContain(entry.Id, await ListedAsync(admin));
        var early = await Assert.ThrowsAsync<KalturaApiException>(() => viewer.Media.FlagAsync(new ModerationFlag { FlaggedEntryId = entry.Id }));
        Assert.Equal("ENTRY_CANNOT_BE_FLAGGED", early.Code);

        await admin.Media.ApproveAsync(entry.Id!);
        Assert.Equal(EntryModerationStatus.APPROVED, (await admin.Media.GetAsync(entry.Id!)).ModerationStatus);
        Assert.Contains(entry.Id, await ListedAsync(admin));

        await viewer.Media.FlagAsync(new ModerationFlag { FlaggedEntryId = entry.Id, FlagType = ModerationFlagType.COPYRIGHT, Comments = "not theirs" });
        await viewer.BaseEntry.FlagAsync(new ModerationFlag { FlaggedEntryId = entry.Id, FlagType = ModerationFlagType.SPAM_COMMERCIALS });
        Assert.Equal(EntryModerationStatus.FLAGGED_FOR_REVIEW, (await admin.BaseEntry.GetAsync(entry.Id!)).ModerationStatus);

        var page = await admin.Media.ListFlagsAsync(entry.Id!, new FilterPager { PageSize = 1, PageIndex = 1 });
        Assert.Equal(2, page.TotalCount);
        var flag = Assert.Single(page.Objects!);
        Assert.Equal((entry.Id, "viewer", "not theirs"), (flag.FlaggedEntryId, flag.UserId, flag.Comments));
        Assert.Equal(ModerationFlagType.COPYRIGHT, flag.FlagType);
        Assert.Equal(ModerationFlagStatus.PENDING, flag.Status);
        Assert.Equal(ModerationObjectType.ENTRY, flag.ModerationObjectType);
        var forbidden = await Assert.ThrowsAsync<KalturaApiException>(() => viewer.Media.ListFlagsAsync(entry.Id!));
        Assert.Equal("SERVICE_FORBIDDEN", forbidden.Code);

        await admin.BaseEntry.ApproveAsync(entry.Id!);
        var approved = await admin.Media.GetAsync(entry.Id!);
        Assert.Equal((EntryStatus.READY, EntryModerationStatus.APPROVED, 0), (approved.Status, approved.ModerationStatus, approved.ModerationCount));
        Assert.Equal(0, (await admin.Media.ListFlagsAsync(entry.Id!)).TotalCount);
    }

    [Fact]
    public async Task ARejectedUploadStaysReadyButLeavesTheLists()
    {
        await using var simulator = await StartModeratedAsync();
        var admin = simulator.CreateClient();
        var viewer = ClientFor(simulator, simulator.CreateKs(type: SessionKind.User, userId: "viewer"));
        var entry = await UploadAsync(simulator, admin, "rejected.mp4");

        var denied = await Assert.ThrowsAsync<KalturaApiException>(() => viewer.Media.RejectAsync(entry.Id!));
        Assert.Equal("SERVICE_FORBIDDEN", denied.Code);
        await admin.Media.RejectAsync(entry.Id!);

        var rejected = await admin.Media.GetAsync(entry.Id!);
        Assert.Equal((EntryStatus.READY, EntryModerationStatus.REJECTED), (rejected.Status, rejected.ModerationStatus));
        Assert.DoesNotContain(entry.Id, await ListedAsync(admin));
        Assert.Contains(entry.Id, await ListedAsync(admin, new MediaEntryFilter { ModerationStatusEqual = EntryModerationStatus.REJECTED }));
        var flag = await Assert.ThrowsAsync<KalturaApiException>(() => viewer.BaseEntry.FlagAsync(new ModerationFlag { FlaggedEntryId = entry.Id }));
        Assert.Equal("ENTRY_CANNOT_BE_FLAGGED", flag.Code);
        var missing = await Assert.ThrowsAsync<KalturaApiException>(() => admin.Media.RejectAsync("0_missing"));
        Assert.Equal("ENTRY_ID_NOT_FOUND", missing.Code);
    }

    private static Task<KalturaSimulator> StartModeratedAsync()
    {
        var partner = PartnerOptions.CreateDefault();
        partner.ModerateContent = true;
        return KalturaSimulator.StartInProcessAsync(new SimulatorOptions { Partners = [partner] });
    }

    private static KalturaClient ClientFor(KalturaSimulator simulator, string ks) =>
        new(simulator.CreateHttpClient(), new KalturaClientOptions { ServiceUrl = simulator.BaseAddress, Ks = ks, Timeout = Timeout.InfiniteTimeSpan });

    // uploadToken.add + upload, media.add + addContent, then the conversion time on the simulator clock.
    private static async Task<MediaEntry> UploadAsync(KalturaSimulator simulator, KalturaClient client, string fileName)
    {
        var data = new byte[4096];
        new Random(11).NextBytes(data);
        var token = await client.UploadToken.AddAsync(new UploadToken { FileName = fileName, FileSize = data.Length });
        await client.UploadToken.UploadAsync(token.Id!, KalturaFile.FromBytes(data, fileName, "video/mp4"));
        var entry = await client.Media.AddAsync(new MediaEntry { Name = fileName, MediaType = MediaType.VIDEO });
        Assert.Equal(EntryModerationStatus.PENDING_MODERATION, entry.ModerationStatus);
        await client.Media.AddContentAsync(entry.Id!, new UploadedFileTokenResource { Token = token.Id });
        simulator.AdvanceTime(TimeSpan.FromMinutes(1));
        return await client.Media.GetAsync(entry.Id!);
    }

    private static async Task<List<string?>> ListedAsync(KalturaClient client, MediaEntryFilter? filter = null) =>
        [.. (await client.Media.ListAsync(filter)).Objects!.Select(e => e.Id)];
}
