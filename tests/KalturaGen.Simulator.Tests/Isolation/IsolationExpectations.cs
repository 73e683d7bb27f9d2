namespace KalturaGen.Simulator.Tests.Isolation;

/// <summary>What the server answers.</summary>
public enum ExpectedKind
{
    /// <summary><c>KalturaDispatcher::validateUser</c> refuses: INVALID_KS("", -4, INVALID_TYPE).</summary>
    NotOwner,

    /// <summary>Another error code (not found, for objects of another partner or user).</summary>
    Error,

    /// <summary>The server allows it (documented in docs/simulator.md).</summary>
    Allowed,

    /// <summary>Allowed, but none of the owner's objects shows in the answer (counts are 0).</summary>
    Hidden,
}

/// <summary>An expected answer.</summary>
/// <param name="Kind">The kind of answer.</param>
/// <param name="Code">The error code, for <see cref="ExpectedKind.Error"/>.</param>
public sealed record Expected(ExpectedKind Kind, string? Code = null)
{
    /// <summary>INVALID_KS -4.</summary>
    public static readonly Expected NotOwner = new(ExpectedKind.NotOwner, "INVALID_KS");

    /// <summary>Success.</summary>
    public static readonly Expected Allowed = new(ExpectedKind.Allowed);

    /// <summary>Success without the owner's objects.</summary>
    public static readonly Expected Hidden = new(ExpectedKind.Hidden);

    /// <summary>An error code.</summary>
    public static Expected Error(string code) => new(ExpectedKind.Error, code);

    /// <inheritdoc/>
    public override string ToString() => Code is null ? Kind.ToString() : $"{Kind} {Code}";
}

/// <summary>The answers to one action's call as another user and as another partner, and the server code that decides them.</summary>
/// <param name="OtherUser">bob's USER KS of the owner's partner.</param>
/// <param name="OtherPartner">partner 200's ADMIN KS.</param>
/// <param name="ServerRule">The PHP that decides it.</param>
public sealed record IsolationCase(Expected OtherUser, Expected OtherPartner, string ServerRule);

/// <summary>
/// The server's answer for every action of the schema when the caller does not own the object:
/// <c>@validateUser</c> annotations (checked by <c>KalturaDispatcher::validateUser</c>), the partner
/// criteria filter (objects of another partner are not found), and <c>restrictPeerToCurrentUser</c> for
/// upload tokens. A new action fails <see cref="ActionIsolationTests"/> until it is classified here.
/// </summary>
public static class IsolationExpectations
{
    private const string EntryNotFound = "ENTRY_ID_NOT_FOUND";
    private const string FlavorNotFound = "FLAVOR_ASSET_ID_NOT_FOUND";
    private const string AssetNotFound = "ASSET_ID_NOT_FOUND";
    private const string AttachmentNotFound = "ATTACHMENT_ASSET_ID_NOT_FOUND";
    private const string TokenNotFound = "UPLOAD_TOKEN_NOT_FOUND";
    private const string NoStorageProfile = "STORAGE_PROFILE_ID_NOT_FOUND";
    private const string Forbidden = "SERVICE_FORBIDDEN";

    private static readonly Expected NotOwner = Expected.NotOwner;
    private static readonly Expected Allowed = Expected.Allowed;
    private static readonly Expected Hidden = Expected.Hidden;

    /// <summary>By <c>service.action</c> in lower case.</summary>
    public static IReadOnlyDictionary<string, IsolationCase> Cases { get; } = new Dictionary<string, IsolationCase>(StringComparer.Ordinal)
    {
        ["session.start"] = new(Error("START_SESSION_ERROR"), Error("START_SESSION_ERROR"), "Partner::validateSecret: a user secret starts no ADMIN session; a secret opens only its own partner"),
        ["session.end"] = new(Allowed, Allowed, "SessionService::endAction: ends the caller's own KS"),
        ["system.ping"] = new(Allowed, Allowed, "SystemService::pingAction"),

        ["uploadtoken.add"] = new(Allowed, Allowed, "UploadTokenService::addAction: the token is the caller's"),
        ["uploadtoken.get"] = new(Error(TokenNotFound), Error(TokenNotFound), "UploadTokenService::restrictPeerToCurrentUser + partner filter"),
        ["uploadtoken.upload"] = new(Error(TokenNotFound), Error(TokenNotFound), "UploadTokenService::restrictPeerToCurrentUser + partner filter"),
        ["uploadtoken.list"] = new(Hidden, Hidden, "UploadTokenService::restrictPeerToCurrentUser + partner filter"),
        ["uploadtoken.delete"] = new(Error(TokenNotFound), Error(TokenNotFound), "UploadTokenService::restrictPeerToCurrentUser + partner filter"),

        ["media.add"] = new(NotOwner, Allowed, "KalturaEntryService::checkAndSetValidUserInsert: only an admin names another owner"),
        ["media.addcontent"] = new(NotOwner, Error(EntryNotFound), "MediaService::addContentAction @validateUser entry entryId edit"),
        ["media.updatecontent"] = new(NotOwner, Error(EntryNotFound), "MediaService::updateContentAction @validateUser entry entryId edit"),
        ["media.approvereplace"] = new(NotOwner, Error(EntryNotFound), "MediaService::approveReplaceAction @validateUser entry entryId edit"),
        ["media.cancelreplace"] = new(NotOwner, Error(EntryNotFound), "MediaService::cancelReplaceAction @validateUser entry entryId edit"),
        ["media.addfromurl"] = new(NotOwner, Allowed, "KalturaEntryService::checkAndSetValidUserInsert"),
        ["media.addfromentry"] = new(Allowed, Error(EntryNotFound), "MediaService::addFromEntryAction: no @validateUser, the source is read within the partner"),
        ["media.addfromflavorasset"] = new(Allowed, Error(FlavorNotFound), "MediaService::addFromFlavorAssetAction: no @validateUser"),
        ["media.get"] = new(Allowed, Error(EntryNotFound), "MediaService::getAction: no @validateUser"),
        ["media.list"] = new(Hidden, Hidden, "KalturaEntryService::initService: a USER KS without list:* lists its own entries"),
        ["media.count"] = new(Hidden, Hidden, "KalturaEntryService::initService"),
        ["media.update"] = new(NotOwner, Error(EntryNotFound), "MediaService::updateAction @validateUser entry entryId edit"),
        ["media.delete"] = new(NotOwner, Error(EntryNotFound), "MediaService::deleteAction @validateUser entry entryId edit"),
        ["media.convert"] = new(Allowed, Error(EntryNotFound), "MediaService::convertAction / KalturaEntryService::convert: no ownership check"),
        ["media.bulkuploadadd"] = new(Allowed, Allowed, "the new entries are the caller's"),

        ["baseentry.add"] = new(NotOwner, Allowed, "KalturaEntryService::checkAndSetValidUserInsert"),
        ["baseentry.addcontent"] = new(NotOwner, Error(EntryNotFound), "BaseEntryService::addContentAction @validateUser entry entryId edit"),
        ["baseentry.get"] = new(Allowed, Error(EntryNotFound), "BaseEntryService::getAction: no @validateUser"),
        ["baseentry.getbyids"] = new(Allowed, Hidden, "BaseEntryService::getByIdsAction: entryPeer::retrieveByPKs, partner-filtered"),
        ["baseentry.list"] = new(Hidden, Hidden, "KalturaEntryService::initService"),
        ["baseentry.listbyreferenceid"] = new(Allowed, Hidden, "a referenceId look-up lifts the own-entries restriction (reference §6)"),
        ["baseentry.clone"] = new(Allowed, Error(EntryNotFound), "BaseEntryService::cloneAction: no @validateUser (its unfiltered look-up is not reproduced across partners)"),
        ["baseentry.recycle"] = new(Allowed, Error(EntryNotFound), "BaseEntryService::recycleAction: no ownership check (reference §5.6)"),
        ["baseentry.restorerecycled"] = new(Allowed, Error(EntryNotFound), "BaseEntryService::restoreRecycledAction: no ownership check (reference §5.6)"),
        ["baseentry.delete"] = new(NotOwner, Error(EntryNotFound), "BaseEntryService::deleteAction @validateUser entry entryId edit ownerOnly"),
        ["baseentry.export"] = new(Error(NoStorageProfile), Error(EntryNotFound), "BaseEntryService::exportAction: no @validateUser"),

        // Moderation: no @validateUser; approve/reject/listFlags need the admin role (CONTENT_MODERATE_*), flag is
        // granted to user sessions; KalturaEntryService::flagEntry reads the entry unfiltered, kept within the partner here.
        ["baseentry.flag"] = new(Allowed, Error(EntryNotFound), "KalturaEntryService::flagEntry: BASE_USER_SESSION_PERMISSION, no ownership check"),
        ["baseentry.approve"] = new(Error(Forbidden), Error(EntryNotFound), "BaseEntryService::approveAction: CONTENT_MODERATE_APPROVE_REJECT; entryPeer::retrieveByPK is partner-filtered"),
        ["baseentry.reject"] = new(Error(Forbidden), Error(EntryNotFound), "BaseEntryService::rejectAction: CONTENT_MODERATE_APPROVE_REJECT; entryPeer::retrieveByPK is partner-filtered"),
        ["baseentry.listflags"] = new(Error(Forbidden), Hidden, "BaseEntryService::listFlags: CONTENT_MODERATE_BASE; listFlagsForEntry lists the caller's partner's flags"),
        ["media.flag"] = new(Allowed, Error(EntryNotFound), "KalturaEntryService::flagEntry: BASE_USER_SESSION_PERMISSION, no ownership check"),
        ["media.approve"] = new(Error(Forbidden), Error(EntryNotFound), "MediaService::approveAction: CONTENT_MODERATE_APPROVE_REJECT; entryPeer::retrieveByPK is partner-filtered"),
        ["media.reject"] = new(Error(Forbidden), Error(EntryNotFound), "MediaService::rejectAction: CONTENT_MODERATE_APPROVE_REJECT; entryPeer::retrieveByPK is partner-filtered"),
        ["media.listflags"] = new(Error(Forbidden), Hidden, "MediaService::listFlags: CONTENT_MODERATE_BASE; listFlagsForEntry lists the caller's partner's flags"),

        ["data.add"] = new(NotOwner, Allowed, "DataService::addAction / checkAndSetValidUserInsert"),
        ["data.addcontent"] = new(NotOwner, Error(EntryNotFound), "DataService::addContentAction @validateUser entry entryId edit"),
        ["data.get"] = new(Allowed, Error(EntryNotFound), "DataService::getAction: no @validateUser"),
        ["data.update"] = new(NotOwner, Error(EntryNotFound), "DataService::updateAction validateUser entry entryId edit"),
        ["data.delete"] = new(NotOwner, Error(EntryNotFound), "DataService::deleteAction @validateUser entry entryId edit"),
        ["data.list"] = new(Hidden, Hidden, "KalturaEntryService::initService"),
        ["data.serve"] = new(Allowed, Error(EntryNotFound), "DataService::serveAction: no @validateUser"),

        ["document_documents.addcontent"] = new(NotOwner, Error(EntryNotFound), "DocumentsService::addContentAction @validateUser entry entryId edit"),
        ["document_documents.updatecontent"] = new(NotOwner, Error(EntryNotFound), "DocumentsService::updateContentAction @validateUser entry entryId edit"),
        ["document_documents.convert"] = new(Allowed, Error(EntryNotFound), "DocumentsService::convertAction: no ownership check"),
        ["document_documents.get"] = new(Allowed, Error(EntryNotFound), "DocumentsService::getAction: no @validateUser"),
        ["document_documents.update"] = new(NotOwner, Error(EntryNotFound), "DocumentsService::updateAction @validateUser entry entryId edit"),
        ["document_documents.delete"] = new(NotOwner, Error(EntryNotFound), "DocumentsService::deleteAction @validateUser entry entryId edit"),
        ["document_documents.list"] = new(Hidden, Hidden, "KalturaEntryService::initService"),
        ["document_documents.serve"] = new(Allowed, Error(EntryNotFound), "DocumentsService::serveAction: no @validateUser (its partner-filter reset is not reproduced)"),
        ["document_documents.servebyflavorparamsid"] = new(Allowed, Error(EntryNotFound), "DocumentsService::serveByFlavorParamsIdAction: as serve"),

        ["flavorasset.list"] = new(Allowed, Hidden, "FlavorAssetService::listAction: partner-filtered"),
        ["flavorasset.get"] = new(Allowed, Error(FlavorNotFound), "FlavorAssetService::getAction: no @validateUser"),
        ["flavorasset.add"] = new(NotOwner, Error(EntryNotFound), "FlavorAssetService::addAction @validateUser entry entryId edit"),
        ["flavorasset.setcontent"] = new(NotOwner, Error(FlavorNotFound), "FlavorAssetService::setContentAction @validateUser asset::entry id edit"),
        ["flavorasset.convert"] = new(NotOwner, Error(EntryNotFound), "FlavorAssetService::convertAction @validateUser entry entryId edit"),
        ["flavorasset.reconvert"] = new(NotOwner, Error(FlavorNotFound), "FlavorAssetService::reconvertAction @validateUser asset::entry id edit"),
        ["flavorasset.geturl"] = new(Allowed, Error(FlavorNotFound), "FlavorAssetService::getUrlAction: no @validateUser"),
        ["flavorasset.export"] = new(Error(NoStorageProfile), Error("INVALID_FLAVOR_ASSET_ID"), "FlavorAssetService::exportAction: no @validateUser; KalturaAssetService::exportAction: unknown asset INVALID_FLAVOR_ASSET_ID"),
        ["flavorasset.setassource"] = new(NotOwner, Error(AssetNotFound), "FlavorAssetService::setAsSourceAction @validateUser entry entryId edit (checked on the asset's entry here); assetPeer::retrieveById, else ASSET_ID_NOT_FOUND"),
        ["flavorasset.delete"] = new(NotOwner, Error(FlavorNotFound), "FlavorAssetService::deleteAction @validateUser asset::entry id edit"),
        ["flavorasset.getflavorassetswithparams"] = new(Allowed, Error(EntryNotFound), "FlavorAssetService::getFlavorAssetsWithParamsAction: no @validateUser"),

        ["attachment_attachmentasset.add"] = new(NotOwner, Error(EntryNotFound), "AttachmentAssetService::addAction @validateUser entry entryId edit"),
        ["attachment_attachmentasset.setcontent"] = new(NotOwner, Error(AttachmentNotFound), "AttachmentAssetService::setContentAction @validateUser asset::entry id edit"),
        ["attachment_attachmentasset.update"] = new(NotOwner, Error(AttachmentNotFound), "AttachmentAssetService::updateAction @validateUser asset::entry id edit"),
        ["attachment_attachmentasset.get"] = new(Allowed, Error(AttachmentNotFound), "AttachmentAssetService::getAction: no @validateUser"),
        ["attachment_attachmentasset.list"] = new(Allowed, Hidden, "AttachmentAssetService::listAction: partner-filtered"),
        ["attachment_attachmentasset.delete"] = new(NotOwner, Error(AttachmentNotFound), "AttachmentAssetService::deleteAction @validateUser asset::entry attachmentAssetId edit"),
        ["attachment_attachmentasset.geturl"] = new(Allowed, Error(AttachmentNotFound), "AttachmentAssetService::getUrlAction: no @validateUser"),
        ["attachment_attachmentasset.serve"] = new(Allowed, Error(AttachmentNotFound), "AttachmentAssetService::serveAction: no @validateUser"),

        ["bulkupload_bulk.get"] = new(Allowed, Error("BULK_UPLOAD_NOT_FOUND"), "BulkService::getAction: the job is looked up within the partner, with no user check"),
    };

    private static Expected Error(string code) => Expected.Error(code);
}
