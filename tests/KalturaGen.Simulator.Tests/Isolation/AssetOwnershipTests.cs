using System.Text.Json;
using KalturaGen.Simulator.Sessions;
using KalturaGen.Simulator.Tests.Support;
using static KalturaGen.Simulator.Tests.Support.SimulatorApi;

namespace KalturaGen.Simulator.Tests.Isolation;

/// <summary>
/// A USER KS cannot write another user's flavors and attachments. The server's
/// <c>KalturaDispatcher::validateUser</c> runs the <c>@validateUser</c> annotations of
/// <c>FlavorAssetService</c> and <c>AttachmentAssetService</c> before the action; the owner, an
/// <c>edit:&lt;entryId&gt;</c> privilege or an entitled editor still may.
/// </summary>
public sealed class AssetOwnershipTests
{
    private const string TokenResource = "KalturaUploadedFileTokenResource";

    // FlavorAssetService::setContentAction, @validateUser asset::entry id edit
    [Fact]
    public async Task FlavorSetContentOnAnotherUsersEntryIsRefused()
    {
        await using var api = await StartAsync();
        var (alice, bob) = Users(api);
        var entry = await EntryOfAsync(api, alice);
        var flavor = Id(await api.CallAsync("flavorAsset", "add", ("entryId", entry), ("flavorAsset:flavorParamsId", "487041")));
        var bobsToken = await OwnTokenAsync(api, bob, "bob.mp4");

        AssertNotOwner(await api.CallAsAsync(bob, "flavorAsset", "setContent", ("id", flavor), ("contentResource:objectType", TokenResource), ("contentResource:token", bobsToken)));
        Assert.Equal(0, (await api.CallAsync("flavorAsset", "get", ("id", flavor))).GetProperty("status").GetInt32());
        Assert.Equal(2, (await api.CallAsAsync(bob, "uploadToken", "get", ("uploadTokenId", bobsToken))).GetProperty("status").GetInt32());

        var alicesToken = await OwnTokenAsync(api, alice, "alice.mp4");
        AssertObject(await api.CallAsAsync(alice, "flavorAsset", "setContent", ("id", flavor), ("contentResource:objectType", TokenResource), ("contentResource:token", alicesToken)), "KalturaFlavorAsset");
    }

    // FlavorAssetService::deleteAction, @validateUser asset::entry id edit
    [Fact]
    public async Task FlavorDeleteOnAnotherUsersEntryIsRefused()
    {
        await using var api = await StartAsync();
        var (alice, bob) = Users(api);
        var entry = await ReadyEntryOfAsync(api, alice);
        var flavor = (await api.FlavorsAsync(entry)).First(f => !f.GetProperty("isOriginal").GetBoolean()).GetProperty("id").GetString()!;

        AssertNotOwner(await api.CallAsAsync(bob, "flavorAsset", "delete", ("id", flavor)));
        Assert.Equal(2, (await api.CallAsync("flavorAsset", "get", ("id", flavor))).GetProperty("status").GetInt32());

        Assert.Equal(JsonValueKind.Null, (await api.CallAsAsync(alice, "flavorAsset", "delete", ("id", flavor))).ValueKind);
        AssertError(await api.CallAsync("flavorAsset", "get", ("id", flavor)), "FLAVOR_ASSET_ID_NOT_FOUND");
    }

    // AttachmentAssetService::addAction, @validateUser entry entryId edit
    [Fact]
    public async Task AttachmentAddToAnotherUsersEntryIsRefused()
    {
        await using var api = await StartAsync();
        var (alice, bob) = Users(api);
        var entry = await EntryOfAsync(api, alice);

        AssertNotOwner(await api.CallAsAsync(bob, "attachment_attachmentAsset", "add", ("entryId", entry), ("attachmentAsset:title", "bob's")));
        Assert.Equal(0, (await api.CallAsync("attachment_attachmentAsset", "list", ("filter:entryIdEqual", entry))).GetProperty("totalCount").GetInt32());

        AssertObject(await api.CallAsAsync(alice, "attachment_attachmentAsset", "add", ("entryId", entry), ("attachmentAsset:title", "alice's")), "KalturaAttachmentAsset");
    }

    // AttachmentAssetService::updateAction, @validateUser asset::entry id edit
    [Fact]
    public async Task AttachmentUpdateOfAnotherUsersEntryIsRefused()
    {
        await using var api = await StartAsync();
        var (alice, bob) = Users(api);
        var attachment = await AttachmentOfAsync(api, await EntryOfAsync(api, alice));

        AssertNotOwner(await api.CallAsAsync(bob, "attachment_attachmentAsset", "update", ("id", attachment), ("attachmentAsset:title", "taken")));
        Assert.Equal("original", (await api.CallAsync("attachment_attachmentAsset", "get", ("attachmentAssetId", attachment))).GetProperty("title").GetString());

        var updated = await api.CallAsAsync(alice, "attachment_attachmentAsset", "update", ("id", attachment), ("attachmentAsset:title", "renamed"));
        Assert.Equal("renamed", updated.GetProperty("title").GetString());
    }

    // AttachmentAssetService::setContentAction, @validateUser asset::entry id edit
    [Fact]
    public async Task AttachmentSetContentOnAnotherUsersEntryIsRefused()
    {
        await using var api = await StartAsync();
        var (alice, bob) = Users(api);
        var attachment = await AttachmentOfAsync(api, await EntryOfAsync(api, alice));
        var bobsToken = await OwnTokenAsync(api, bob, "bob.txt");

        AssertNotOwner(await api.CallAsAsync(bob, "attachment_attachmentAsset", "setContent", ("id", attachment), ("contentResource:objectType", TokenResource), ("contentResource:token", bobsToken)));
        Assert.Equal(0, (await api.CallAsync("attachment_attachmentAsset", "get", ("attachmentAssetId", attachment))).GetProperty("status").GetInt32());
        AssertError(await api.CallAsync("attachment_attachmentAsset", "getUrl", ("id", attachment)), "ATTACHMENT_ASSET_IS_NOT_READY");
    }

    // AttachmentAssetService::deleteAction, @validateUser asset::entry attachmentAssetId edit
    [Fact]
    public async Task AttachmentDeleteOfAnotherUsersEntryIsRefused()
    {
        await using var api = await StartAsync();
        var (alice, bob) = Users(api);
        var attachment = await AttachmentOfAsync(api, await EntryOfAsync(api, alice));

        AssertNotOwner(await api.CallAsAsync(bob, "attachment_attachmentAsset", "delete", ("attachmentAssetId", attachment)));
        AssertObject(await api.CallAsync("attachment_attachmentAsset", "get", ("attachmentAssetId", attachment)), "KalturaAttachmentAsset");

        Assert.Equal(JsonValueKind.Null, (await api.CallAsAsync(alice, "attachment_attachmentAsset", "delete", ("attachmentAssetId", attachment))).ValueKind);
    }

    // KalturaDispatcher::validateUser: verifyPrivileges(edit, <the asset's entry id>), then isEntitledKuserEdit
    [Fact]
    public async Task AssetsFollowTheirEntrysEditPrivilegeAndEntitledEditors()
    {
        await using var api = await StartAsync();
        var (alice, _) = Users(api);
        var entry = await EntryOfAsync(api, alice);
        var attachment = await AttachmentOfAsync(api, entry);

        var privileged = api.CreateKs(SessionKind.User, "carol", $"edit:{entry}");
        Assert.Equal("by carol", (await api.CallAsAsync(privileged, "attachment_attachmentAsset", "update", ("id", attachment), ("attachmentAsset:title", "by carol"))).GetProperty("title").GetString());
        AssertNotOwner(await api.CallAsAsync(api.CreateKs(SessionKind.User, "carol", "edit:0_other"), "attachment_attachmentAsset", "update", ("id", attachment), ("attachmentAsset:title", "x")));

        await api.CallAsync("media", "update", ("entryId", entry), ("mediaEntry:entitledUsersEdit", "dave"));
        var dave = api.CreateKs(SessionKind.User, "dave");
        Assert.Equal("by dave", (await api.CallAsAsync(dave, "attachment_attachmentAsset", "update", ("id", attachment), ("attachmentAsset:title", "by dave"))).GetProperty("title").GetString());
    }

    // KalturaDispatcher::validateUser with ownerOnly: isOwnerActionsAllowed leaves only the owner
    [Fact]
    public async Task EntitledEditorsMayEditButOnlyTheOwnerMayDeleteThroughBaseEntry()
    {
        await using var api = await StartAsync();
        var (alice, bob) = Users(api);
        var entry = await EntryOfAsync(api, alice);
        await api.CallAsync("media", "update", ("entryId", entry), ("mediaEntry:entitledUsersEdit", "bob"), ("mediaEntry:entitledUsersPublish", "bob"));

        Assert.Equal("edited", (await api.CallAsAsync(bob, "media", "update", ("entryId", entry), ("mediaEntry:name", "edited"))).GetProperty("name").GetString());
        AssertNotOwner(await api.CallAsAsync(bob, "baseEntry", "delete", ("entryId", entry)));
        Assert.Equal(7, await api.StatusAsync(entry));
        Assert.Equal(JsonValueKind.Null, (await api.CallAsAsync(alice, "baseEntry", "delete", ("entryId", entry))).ValueKind);
    }

    // KalturaFrontController::handleMultiRequest dispatches every item with its own validateUser
    [Fact]
    public async Task EveryItemOfAMultirequestIsCheckedOnItsOwn()
    {
        await using var api = await StartAsync();
        var (alice, bob) = Users(api);
        var entry = await EntryOfAsync(api, alice);
        var attachment = await AttachmentOfAsync(api, entry);

        var response = await api.PostFormAsync("/api_v3/service/multirequest", [
            ("ks", bob), ("format", "1"),
            ("1:service", "media"), ("1:action", "add"), ("1:entry:mediaType", "1"),
            ("2:service", "attachment_attachmentAsset"), ("2:action", "add"), ("2:entryId", "{1:result:id}"), ("2:attachmentAsset:title", "bob's own"),
            ("3:service", "attachment_attachmentAsset"), ("3:action", "delete"), ("3:attachmentAssetId", attachment),
            ("4:service", "attachment_attachmentAsset"), ("4:action", "add"), ("4:entryId", entry), ("4:attachmentAsset:title", "into alice's"),
        ]);
        var results = Parse(await response.Content.ReadAsStringAsync());

        AssertObject(results[1], "KalturaAttachmentAsset");
        AssertNotOwner(results[2]);
        AssertNotOwner(results[3]);
        Assert.Equal(1, (await api.CallAsync("attachment_attachmentAsset", "list", ("filter:entryIdEqual", entry))).GetProperty("totalCount").GetInt32());
    }

    private static (string Alice, string Bob) Users(SimulatorApi api) =>
        (api.CreateKs(SessionKind.User, "alice", expirySeconds: 365 * 86400), api.CreateKs(SessionKind.User, "bob", expirySeconds: 365 * 86400));

    private static void AssertNotOwner(JsonElement result)
    {
        var error = AssertError(result, "INVALID_KS");
        Assert.Equal("Invalid KS \"\", Error \"-4,INVALID_TYPE\"", error.GetProperty("message").GetString());
    }

    private static string Id(JsonElement created) => created.GetProperty("id").GetString()!;

    private static async Task<string> EntryOfAsync(SimulatorApi api, string ownerKs) =>
        Id(await api.CallAsAsync(ownerKs, "media", "add", ("entry:mediaType", "1")));

    private static async Task<string> ReadyEntryOfAsync(SimulatorApi api, string ownerKs)
    {
        var entry = await EntryOfAsync(api, ownerKs);
        await api.AddTokenContentAsync(entry, await api.UploadFileAsync([1, 2, 3], "a.mp4"));
        api.Simulator.AdvanceTime(TimeSpan.FromMinutes(1));
        return entry;
    }

    private static async Task<string> AttachmentOfAsync(SimulatorApi api, string entry) =>
        Id(await api.CallAsync("attachment_attachmentAsset", "add", ("entryId", entry), ("attachmentAsset:title", "original")));

    private static async Task<string> OwnTokenAsync(SimulatorApi api, string ks, string fileName)
    {
        var id = Id(await api.CallAsAsync(ks, "uploadToken", "add", ("uploadToken:fileName", fileName)));
        Assert.Equal(2, (await api.UploadAsync(id, "own bytes"u8.ToArray(), fileName, ks: ks)).GetProperty("status").GetInt32());
        return id;
    }
}
