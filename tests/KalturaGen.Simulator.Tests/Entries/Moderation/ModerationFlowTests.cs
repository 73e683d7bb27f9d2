using System.Text.Json;
using KalturaGen.Simulator.Tests.Support;
using static KalturaGen.Simulator.Tests.Support.SimulatorApi;

namespace KalturaGen.Simulator.Tests.Entries.Moderation;

/// <summary>
/// Moderation statuses (seed 003 §5.10) through baseEntry and media flag/reject/approve/listFlags, as
/// KalturaEntryService::flagEntry, rejectEntry, approveEntry and listFlagsForEntry do them.
/// </summary>
public sealed class ModerationFlowTests
{
    private const int PendingModeration = 1;
    private const int Approved = 2;
    private const int Rejected = 3;
    private const int FlaggedForReview = 5;
    private const int AutoApproved = 6;

    [Fact]
    public async Task EntriesOfAModeratingPartnerStartPendingModerationAndStillBecomeReady()
    {
        // entry::setDefaultModerationStatus (from prepareEntryForInsert): myPartnerUtils::shouldModerate decides.
        await using var api = await ModerationTestPartner.StartAsync();
        var added = await api.CallAsync("media", "add", ("entry:mediaType", "1"));
        Assert.Equal(PendingModeration, added.GetProperty("moderationStatus").GetInt32());
        Assert.Equal(7, added.GetProperty("status").GetInt32());

        var ready = await api.ReadyVideoAsync([1, 2, 3]);
        Assert.Equal(2, await api.StatusAsync(ready));
        Assert.Equal(PendingModeration, await api.ModerationStatusAsync(ready));
        var data = await api.CallAsync("data", "add", ("dataEntry:name", "d"));
        Assert.Equal(PendingModeration, data.GetProperty("moderationStatus").GetInt32());

        await using var plain = await StartAsync();
        Assert.Equal(AutoApproved, (await plain.CallAsync("media", "add", ("entry:mediaType", "1"))).GetProperty("moderationStatus").GetInt32());
    }

    [Fact]
    public async Task ListsHidePendingAndRejectedEntriesUntilApproved()
    {
        // KalturaEntryService::setDefaultModerationStatus: no moderation filter means moderationStatusNotIn=1,3.
        await using var api = await ModerationTestPartner.StartAsync();
        var entry = await api.ReadyVideoAsync([1]);
        Assert.DoesNotContain(entry, await api.ListedAsync());
        Assert.Contains(entry, await api.ListedAsync(("filter:moderationStatusEqual", "1")));

        Assert.Equal(JsonValueKind.Null, (await api.CallAsync("media", "approve", ("entryId", entry))).ValueKind);
        Assert.Contains(entry, await api.ListedAsync());
    }

    [Fact]
    public async Task FlaggingAnApprovedEntryPutsItUpForReviewAndApprovingMarksTheFlagsModerated()
    {
        // flagEntry: a PENDING flag and FLAGGED_FOR_REVIEW; approveEntry: APPROVED, moderationCount 0 and
        // moderationFlagPeer::markAsModeratedByEntryId (listFlags shows pending flags only).
        await using var api = await ModerationTestPartner.StartAsync();
        var entry = await api.ReadyVideoAsync([1]);
        await api.CallAsync("baseEntry", "approve", ("entryId", entry));

        Assert.Equal(JsonValueKind.Null, (await api.FlagAsync(entry)).ValueKind);
        await api.FlagAsync(entry, service: "media");
        var flagged = await api.CallAsync("baseEntry", "get", ("entryId", entry));
        Assert.Equal(FlaggedForReview, flagged.GetProperty("moderationStatus").GetInt32());
        Assert.Equal(0, flagged.GetProperty("moderationCount").GetInt32()); // the server no longer counts flags here
        Assert.Contains(entry, await api.ListedAsync()); // FLAGGED_FOR_REVIEW stays listed
        Assert.Equal(2, (await api.CallAsync("baseEntry", "listFlags", ("entryId", entry))).GetProperty("totalCount").GetInt32());

        await api.CallAsync("baseEntry", "approve", ("entryId", entry));
        var approved = await api.CallAsync("baseEntry", "get", ("entryId", entry));
        Assert.Equal(Approved, approved.GetProperty("moderationStatus").GetInt32());
        Assert.Equal(0, approved.GetProperty("moderationCount").GetInt32());
        var list = AssertObject(await api.CallAsync("media", "listFlags", ("entryId", entry)), "KalturaModerationFlagListResponse");
        Assert.Equal(0, list.GetProperty("totalCount").GetInt32());
        Assert.Empty(list.GetProperty("objects").EnumerateArray());
    }

    [Fact]
    public async Task RejectingLeavesTheEntryStatusAndHidesItFromLists()
    {
        // rejectEntry sets only moderationStatus REJECTED and moderationCount 0: the entry stays READY.
        await using var api = await ModerationTestPartner.StartAsync();
        var entry = await api.ReadyVideoAsync([1]);
        await api.CallAsync("media", "reject", ("entryId", entry));

        var rejected = await api.CallAsync("media", "get", ("entryId", entry));
        Assert.Equal(Rejected, rejected.GetProperty("moderationStatus").GetInt32());
        Assert.Equal(2, rejected.GetProperty("status").GetInt32());
        Assert.DoesNotContain(entry, await api.ListedAsync());
        Assert.Contains(entry, await api.ListedAsync(("filter:moderationStatusIn", "3")));
    }

    [Fact]
    public async Task ApprovingOrRejectingTwiceIsNotRefused()
    {
        // approveEntry/rejectEntry check only that the entry exists: moderating an already moderated entry again
        // succeeds (the server has no "already moderated" error), the last decision wins.
        await using var api = await ModerationTestPartner.StartAsync();
        var entry = await api.NewMediaAsync();
        Assert.Equal(JsonValueKind.Null, (await api.CallAsync("baseEntry", "approve", ("entryId", entry))).ValueKind);
        Assert.Equal(JsonValueKind.Null, (await api.CallAsync("baseEntry", "approve", ("entryId", entry))).ValueKind);
        Assert.Equal(JsonValueKind.Null, (await api.CallAsync("baseEntry", "reject", ("entryId", entry))).ValueKind);
        Assert.Equal(JsonValueKind.Null, (await api.CallAsync("baseEntry", "reject", ("entryId", entry))).ValueKind);
        Assert.Equal(Rejected, await api.ModerationStatusAsync(entry));
        await api.CallAsync("baseEntry", "approve", ("entryId", entry));
        Assert.Equal(Approved, await api.ModerationStatusAsync(entry));
    }

    [Fact]
    public async Task OnlyApprovedOrFlaggedEntriesCanBeFlagged()
    {
        // flagEntry: validatePropertyNotNull("flaggedEntryId"), then ENTRY_ID_NOT_FOUND, then the moderation status
        // must be APPROVED, AUTO_APPROVED or FLAGGED_FOR_REVIEW (ENTRY_CANNOT_BE_FLAGGED).
        await using var api = await ModerationTestPartner.StartAsync();
        var pending = await api.NewMediaAsync();
        var error = AssertError(await api.FlagAsync(pending), "ENTRY_CANNOT_BE_FLAGGED");
        Assert.Equal("Entry cannot be flagged", error.GetProperty("message").GetString());

        await api.CallAsync("baseEntry", "reject", ("entryId", pending));
        AssertError(await api.FlagAsync(pending), "ENTRY_CANNOT_BE_FLAGGED");

        var deleted = await api.NewMediaAsync();
        await api.CallAsync("baseEntry", "approve", ("entryId", deleted));
        await api.CallAsync("baseEntry", "delete", ("entryId", deleted));
        AssertError(await api.FlagAsync(deleted), "ENTRY_CANNOT_BE_FLAGGED"); // read unfiltered: DELETED(4) is not flaggable

        AssertError(await api.FlagAsync("0_missing"), "ENTRY_ID_NOT_FOUND");
        var noId = AssertError(await api.CallAsync("baseEntry", "flag", ("moderationFlag:comments", "x")), "PROPERTY_VALIDATION_CANNOT_BE_NULL");
        Assert.Contains("KalturaModerationFlag::flaggedEntryId", noId.GetProperty("message").GetString(), StringComparison.Ordinal);
        AssertError(await api.CallAsync("baseEntry", "flag"), "MISSING_MANDATORY_PARAMETER");
    }

    [Theory]
    [InlineData("moderationFlag:flagType", "99", "INVALID_ENUM_VALUE")]
    [InlineData("moderationFlag:flaggedEntryId__null", "1", "PROPERTY_VALIDATION_CANNOT_BE_NULL")]
    [InlineData("moderationFlag:objectType", "KalturaMediaEntry", "PROPERTY_VALIDATION_CANNOT_BE_NULL")]
    public async Task MalformedFlagsGetKalturaErrors(string key, string value, string code)
    {
        // KalturaRequestDeserializer: enum values are checked, a foreign objectType is ignored (so the required
        // flaggedEntryId is still missing); flagEntry's validatePropertyNotNull answers for the missing id.
        await using var api = await StartAsync();
        AssertError(await api.CallAsync("baseEntry", "flag", (key, value)), code);
    }

    [Fact]
    public async Task MediaModerationActionsFindOnlyMediaClips()
    {
        // MediaService passes KalturaEntryType::MEDIA_CLIP: other types are ENTRY_ID_NOT_FOUND; baseEntry takes any type.
        await using var api = await ModerationTestPartner.StartAsync();
        var data = (await api.CallAsync("data", "add", ("dataEntry:name", "d"))).GetProperty("id").GetString()!;
        AssertError(await api.CallAsync("media", "approve", ("entryId", data)), "ENTRY_ID_NOT_FOUND");
        AssertError(await api.CallAsync("media", "reject", ("entryId", data)), "ENTRY_ID_NOT_FOUND");
        AssertError(await api.CallAsync("media", "approve", ("entryId", "0_missing")), "ENTRY_ID_NOT_FOUND");

        await api.CallAsync("baseEntry", "approve", ("entryId", data));
        AssertError(await api.FlagAsync(data, service: "media"), "ENTRY_ID_NOT_FOUND");
        Assert.Equal(JsonValueKind.Null, (await api.FlagAsync(data)).ValueKind);
        Assert.Equal(FlaggedForReview, await api.ModerationStatusAsync(data));
    }

    [Fact]
    public async Task ListFlagsPagesThePendingFlagsOldestFirst()
    {
        // listFlagsForEntry: partner, entry, object type ENTRY(2) and status PENDING(1); KalturaFilterPager pages it.
        await using var api = await StartAsync();
        var entry = await api.NewMediaAsync();
        var alice = api.CreateKs(KalturaGen.Simulator.Sessions.SessionKind.User, "alice");
        foreach (var comment in new[] { "first", "second", "third" })
        {
            await api.FlagAsync(entry, alice, comments: comment);
        }

        var page = await api.CallAsync("baseEntry", "listFlags", ("entryId", entry), ("pager:pageSize", "2"), ("pager:pageIndex", "2"));
        Assert.Equal(3, page.GetProperty("totalCount").GetInt32());
        var flag = AssertObject(Assert.Single(page.GetProperty("objects").EnumerateArray().ToList()), "KalturaModerationFlag");
        Assert.Equal("third", flag.GetProperty("comments").GetString());
        Assert.Equal(3, flag.GetProperty("id").GetInt32());
        Assert.Equal(100, flag.GetProperty("partnerId").GetInt32());
        Assert.Equal("alice", flag.GetProperty("userId").GetString());
        Assert.Equal(2, flag.GetProperty("moderationObjectType").GetInt32());
        Assert.Equal(entry, flag.GetProperty("flaggedEntryId").GetString());
        Assert.Equal(1, flag.GetProperty("status").GetInt32());
        Assert.Equal(2, flag.GetProperty("flagType").GetInt32());

        var all = await api.CallAsync("media", "listFlags", ("entryId", entry), ("pager:pageSize", "0"));
        Assert.Equal(["first", "second", "third"], all.GetProperty("objects").EnumerateArray().Select(f => f.GetProperty("comments").GetString()!).ToArray());
        Assert.Equal(0, (await api.CallAsync("media", "listFlags", ("entryId", "0_missing"))).GetProperty("totalCount").GetInt32());
    }
}
