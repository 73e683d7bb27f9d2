using KalturaGen.Simulator.Dispatch;
using KalturaGen.Simulator.Services.Assets;
using KalturaGen.Simulator.Services.BulkUploads;
using KalturaGen.Simulator.Services.Entries;
using KalturaGen.Simulator.Services.Entries.Moderation;
using KalturaGen.Simulator.Services.UploadTokens;

namespace KalturaGen.Simulator.Services;

/// <summary>Every service's handlers in one registry.</summary>
internal static class ServiceMap
{
    /// <summary>Builds the registry.</summary>
    public static ActionRegistry CreateRegistry()
    {
        var registry = new ActionRegistry();
        SessionService.Map(registry);
        SystemService.Map(registry);
        UploadTokenService.Map(registry);
        MediaService.Map(registry);
        BaseEntryService.Map(registry);
        DataService.Map(registry);
        DocumentsService.Map(registry);
        ModerationService.Map(registry);
        FlavorAssetService.Map(registry);
        AttachmentAssetService.Map(registry);
        BulkService.Map(registry);
        return registry;
    }
}
