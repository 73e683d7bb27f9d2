using KalturaGen.Simulator.Tests.Support;
using static KalturaGen.Simulator.Tests.Support.SimulatorApi;

namespace KalturaGen.Simulator.Tests.Entries;

/// <summary>updateContent, approveReplace and cancelReplace (reference §5.4).</summary>
public sealed class ReplacementTests
{
    private static SimulatorOptions WithFeatures(params string[] features)
    {
        var partner = PartnerOptions.CreateDefault();
        partner.Features = [.. features];
        return new SimulatorOptions { Partners = [partner] };
    }

    [Fact]
    public async Task AutoApprovedReplacementSwapsContentWhenReady()
    {
        await using var api = await StartAsync();
        var id = await api.ReadyVideoAsync(TestData.Bytes(100, 1));
        var replacement = TestData.Bytes(200, 2);
        var token = await api.UploadFileAsync(replacement, "v2.mp4");

        var entry = await api.CallAsync("media", "updateContent", ("entryId", id), ("resource:objectType", "KalturaUploadedFileTokenResource"), ("resource:token", token));
        Assert.Equal(2, entry.GetProperty("status").GetInt32());
        Assert.Equal(1, entry.GetProperty("replacementStatus").GetInt32());
        var tempId = entry.GetProperty("replacingEntryId").GetString()!;
        var temp = await api.CallAsync("baseEntry", "get", ("entryId", tempId));
        Assert.Equal(-1, temp.GetProperty("displayInSearch").GetInt32());
        Assert.Equal(id, temp.GetProperty("replacedEntryId").GetString());

        api.Simulator.AdvanceTime(TimeSpan.FromMinutes(1));
        var replaced = await api.CallAsync("media", "get", ("entryId", id));
        Assert.Equal(0, replaced.GetProperty("replacementStatus").GetInt32());
        Assert.False(replaced.TryGetProperty("replacingEntryId", out _));
        Assert.Equal(TestData.Sha256(replacement), await api.OriginalSha256Async(id));
        AssertError(await api.CallAsync("baseEntry", "get", ("entryId", tempId)), "ENTRY_ID_NOT_FOUND");
    }

    // kReplacementHelper::relinkReplacingEntryAssetsToReplacedEntryAssets: the original entry's flavors keep their ids
    // and take the new files (relinkAsset, a new version); flavors of params the original lacked are added to it.
    [Fact]
    public async Task ReplacementRelinksTheNewFilesToTheExistingFlavorIds()
    {
        await using var api = await StartAsync(WithFeatures(PartnerFeatures.EntryReplacement, PartnerFeatures.EntryReplacementApproval));
        var id = await api.ReadyVideoAsync(TestData.Bytes(100, 1));
        var before = (await api.FlavorsAsync(id)).ToDictionary(f => f.GetProperty("id").GetString()!, f => f.GetProperty("version").GetInt32());
        var replacement = TestData.Bytes(2048, 4);
        await api.CallAsync("media", "updateContent", ("entryId", id), ("resource:objectType", "KalturaUploadedFileTokenResource"), ("resource:token", await api.UploadFileAsync(replacement, "v2.mp4")));
        api.Simulator.AdvanceTime(TimeSpan.FromMinutes(1));
        await api.CallAsync("media", "approveReplace", ("entryId", id));

        var after = await api.FlavorsAsync(id);
        Assert.Equal(before.Keys.Order(), after.Select(f => f.GetProperty("id").GetString()!).Order());
        Assert.All(after, f =>
        {
            Assert.Equal(before[f.GetProperty("id").GetString()!] + 1, f.GetProperty("version").GetInt32());
            Assert.Equal(2, f.GetProperty("status").GetInt32());
            Assert.Equal(2048, f.GetProperty("sizeInBytes").GetInt64());
        });
        Assert.Equal(TestData.Sha256(replacement), await api.OriginalSha256Async(id));
        foreach (var flavor in after)
        {
            var url = (await api.CallAsync("flavorAsset", "getUrl", ("id", flavor.GetProperty("id").GetString()!))).GetString()!;
            Assert.Equal(TestData.Sha256(replacement), await api.DownloadSha256Async(url));
        }
    }

    [Fact]
    public async Task ApprovalPartnerWaitsForApproveReplace()
    {
        await using var api = await StartAsync(WithFeatures(PartnerFeatures.EntryReplacement, PartnerFeatures.EntryReplacementApproval));
        var original = TestData.Bytes(100, 1);
        var id = await api.ReadyVideoAsync(original);
        var replacement = TestData.Bytes(300, 3);
        var token = await api.UploadFileAsync(replacement, "v2.mp4");
        var entry = await api.CallAsync("media", "updateContent", ("entryId", id), ("resource:objectType", "KalturaUploadedFileTokenResource"), ("resource:token", token));
        Assert.Equal(3, entry.GetProperty("replacementStatus").GetInt32());

        api.Simulator.AdvanceTime(TimeSpan.FromMinutes(1));
        Assert.Equal(2, (await api.CallAsync("media", "get", ("entryId", id))).GetProperty("replacementStatus").GetInt32());
        Assert.Equal(TestData.Sha256(original), await api.OriginalSha256Async(id));

        var approved = await api.CallAsync("media", "approveReplace", ("entryId", id));
        Assert.Equal(0, approved.GetProperty("replacementStatus").GetInt32());
        Assert.Equal(TestData.Sha256(replacement), await api.OriginalSha256Async(id));
    }

    [Fact]
    public async Task ApprovingBeforeReadyReplacesWhenReady()
    {
        await using var api = await StartAsync(WithFeatures(PartnerFeatures.EntryReplacement, PartnerFeatures.EntryReplacementApproval));
        var id = await api.ReadyVideoAsync(TestData.Bytes(100, 1));
        var replacement = TestData.Bytes(50, 4);
        await api.CallAsync("media", "updateContent", ("entryId", id), ("resource:objectType", "KalturaUploadedFileTokenResource"), ("resource:token", await api.UploadFileAsync(replacement, "r.mp4")));
        Assert.Equal(1, (await api.CallAsync("media", "approveReplace", ("entryId", id))).GetProperty("replacementStatus").GetInt32());
        api.Simulator.AdvanceTime(TimeSpan.FromMinutes(1));
        Assert.Equal(TestData.Sha256(replacement), await api.OriginalSha256Async(id));
    }

    [Fact]
    public async Task CancelReplaceDropsTheTemporaryEntryAndNeverFails()
    {
        await using var api = await StartAsync(WithFeatures(PartnerFeatures.EntryReplacement, PartnerFeatures.EntryReplacementApproval));
        var id = await api.ReadyVideoAsync(TestData.Bytes(100, 1));
        var entry = await api.CallAsync("media", "updateContent", ("entryId", id), ("resource:objectType", "KalturaUploadedFileTokenResource"), ("resource:token", await api.UploadFileAsync([9], "r.mp4")));
        var tempId = entry.GetProperty("replacingEntryId").GetString()!;
        var cancelled = await api.CallAsync("media", "cancelReplace", ("entryId", id));
        Assert.Equal(0, cancelled.GetProperty("replacementStatus").GetInt32());
        AssertError(await api.CallAsync("baseEntry", "get", ("entryId", tempId)), "ENTRY_ID_NOT_FOUND");
        AssertObject(await api.CallAsync("media", "cancelReplace", ("entryId", id)), "KalturaMediaEntry");
    }

    [Fact]
    public async Task ReplacementErrors()
    {
        await using var api = await StartAsync(WithFeatures(PartnerFeatures.EntryReplacement, PartnerFeatures.EntryReplacementApproval));
        var id = await api.ReadyVideoAsync([1]);
        var error = AssertError(await api.CallAsync("media", "approveReplace", ("entryId", id)), "ENTRY_ID_NOT_REPLACED");
        Assert.Equal($"Entry id \"{id}\" not replaced", error.GetProperty("message").GetString());
        await api.CallAsync("media", "updateContent", ("entryId", id), ("resource:objectType", "KalturaUploadedFileTokenResource"), ("resource:token", await api.UploadFileAsync([2], "a.mp4")));
        AssertError(await api.CallAsync("media", "updateContent", ("entryId", id), ("resource:objectType", "KalturaUploadedFileTokenResource"), ("resource:token", await api.UploadFileAsync([3], "b.mp4"))), "ENTRY_REPLACEMENT_ALREADY_EXISTS");
        var data = (await api.CallAsync("data", "add", ("dataEntry:name", "d"))).GetProperty("id").GetString()!;
        var wrongType = AssertError(await api.CallAsync("media", "approveReplace", ("entryId", data)), "INVALID_ENTRY_TYPE");
        Assert.Equal($"Entry \"{data}\" type is \"6\", type must be \"1\"", wrongType.GetProperty("message").GetString());
        AssertError(await api.CallAsync("media", "cancelReplace", ("entryId", "0_none")), "ENTRY_ID_NOT_FOUND");
    }

    [Fact]
    public async Task ReplacementNeedsTheFeature()
    {
        await using var api = await StartAsync(WithFeatures());
        var id = await api.ReadyVideoAsync([1]);
        var error = AssertError(await api.CallAsync("media", "updateContent", ("entryId", id), ("resource:objectType", "KalturaUploadedFileTokenResource"), ("resource:token", await api.UploadFileAsync([2], "a.mp4"))), "FEATURE_FORBIDDEN");
        Assert.Equal("The usage of feature [FEATURE_ENTRY_REPLACEMENT] is forbidden", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task UpdateContentOnAnEmptyEntryAttachesDirectly()
    {
        await using var api = await StartAsync(WithFeatures());
        var id = await api.NewMediaAsync();
        var entry = await api.CallAsync("media", "updateContent", ("entryId", id), ("resource:objectType", "KalturaUploadedFileTokenResource"), ("resource:token", await api.UploadFileAsync([2], "a.mp4")));
        Assert.Equal(1, entry.GetProperty("status").GetInt32());
        Assert.False(entry.TryGetProperty("replacingEntryId", out _));
    }

    [Fact]
    public async Task AFailedReplacementConversionMarksTheOriginalFailed()
    {
        await using var api = await StartAsync();
        var id = await api.ReadyVideoAsync([1]);
        await api.Simulator.Admin.FailNextConversionsAsync(1);
        await api.CallAsync("media", "updateContent", ("entryId", id), ("resource:objectType", "KalturaUploadedFileTokenResource"), ("resource:token", await api.UploadFileAsync([2], "a.mp4")));
        api.Simulator.AdvanceTime(TimeSpan.FromMinutes(1));
        var entry = await api.CallAsync("media", "get", ("entryId", id));
        Assert.Equal(4, entry.GetProperty("replacementStatus").GetInt32());
        Assert.Equal(2, entry.GetProperty("status").GetInt32());
        Assert.Equal(0, (await api.CallAsync("media", "cancelReplace", ("entryId", id))).GetProperty("replacementStatus").GetInt32());
    }
}
