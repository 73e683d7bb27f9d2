using System.Reflection;
using System.Runtime.CompilerServices;
using KalturaGen.Client.Enums;
using KalturaGen.Client.Models;
using KalturaGen.Runtime;
using KalturaGen.Simulator;

namespace KalturaGen.Client.Tests.Refit;

/// <summary>
/// Arguments for any generated Refit method: a parameters object whose required properties hold plausible values
/// (real ids from <see cref="SimulatorObjects"/> where the action works on one, placeholders otherwise), a file
/// for each file part, and no cancellation. A required property this class cannot fill fails the test that needs it.
/// </summary>
internal sealed class PlausibleArguments(SimulatorObjects objects)
{
    public async Task<object?[]> ForAsync(MethodInfo method)
    {
        var (service, action) = ApiSurface.Route(method);
        var arguments = new List<object?>();
        foreach (var parameter in method.GetParameters())
        {
            var type = parameter.ParameterType;
            if (type.IsSubclassOf(typeof(KalturaParameters)))
            {
                arguments.Add(await ParametersAsync(type, service.ToLowerInvariant(), action.ToLowerInvariant()));
            }
            else if (type == typeof(KalturaFile))
            {
                arguments.Add(File(parameter.Name!, action.ToLowerInvariant()));
            }
            else if (type == typeof(CancellationToken))
            {
                arguments.Add(CancellationToken.None);
            }
            else
            {
                throw new NotSupportedException($"{method.DeclaringType!.Name}.{method.Name} takes a {type.Name}: teach PlausibleArguments about it.");
            }
        }

        return [.. arguments];
    }

    private static KalturaFile File(string name, string action) => action == "bulkuploadadd"
        ? KalturaFile.FromBytes("<mrss/>"u8.ToArray(), "bulk.xml", "text/xml")
        : KalturaFile.FromBytes(SimulatorObjects.Content(name + ".mp4"), name + ".mp4");

    private async Task<object> ParametersAsync(Type type, string service, string action)
    {
        var parameters = Activator.CreateInstance(type)!;
        foreach (var property in type.GetProperties().Where(p => p.IsDefined(typeof(RequiredMemberAttribute))))
        {
            property.SetValue(parameters, await ValueAsync(service, action, property));
        }

        return parameters;
    }

    private async Task<object> ValueAsync(string service, string action, PropertyInfo property)
    {
        var update = action.StartsWith("update", StringComparison.Ordinal);
        switch (property.Name)
        {
            case "Secret":
                return SimulatorDefaults.AdminSecret;
            case "EntryId":
                return await EntryAsync(service, action);
            case "SourceEntryId":
                return await objects.ReadyVideoAsync();
            case "EntryIds":
                return $"{await objects.ReadyVideoAsync()},{await objects.DataEntryAsync()}";
            case "RefId":
                await objects.ReferencedEntryAsync();
                return SimulatorObjects.ReferenceId;
            case "UploadTokenId":
                return await objects.PendingTokenAsync();
            case "Id" when service == "bulkupload_bulk":
                return int.Parse(await objects.BulkJobAsync(), System.Globalization.CultureInfo.InvariantCulture);
            case "Id" or "AssetId" or "AttachmentAssetId" or "SourceFlavorAssetId":
                return await AssetAsync(service, action);
            case "Url":
                return await objects.OriginalFlavorUrlAsync();
            case "FlavorParamsId":
                return SimulatorObjects.KnownFlavorParamsId;
            case "ModerationFlag":
                return new ModerationFlag { FlaggedEntryId = await objects.ReadyVideoAsync(), FlagType = ModerationFlagType.SPAM_COMMERCIALS, Comments = "refit" };
            case "StorageProfileId":
                return 1; // the simulator has no remote storage: a placeholder it answers with a Kaltura error
        }

        var type = property.PropertyType;
        if (type == typeof(Resource) || type == typeof(ContentResource) || type == typeof(GenericDataCenterContentResource))
        {
            return await objects.TokenResourceAsync(service switch
            {
                "data" or "attachment_attachmentasset" => "content.txt",
                "document_documents" => "content.pdf",
                _ => "content.mp4",
            });
        }

        return type switch
        {
            _ when type == typeof(MediaEntry) => update ? new MediaEntry { Name = "renamed" } : new MediaEntry { Name = "refit", MediaType = MediaType.VIDEO },
            _ when type == typeof(BaseEntry) => new DocumentEntry { Name = "refit document" },
            _ when type == typeof(DocumentEntry) => new DocumentEntry { Name = "renamed" },
            _ when type == typeof(DataEntry) => update ? new DataEntry { Name = "renamed" } : new DataEntry { Name = "refit", DataContent = "refit data" },
            _ when type == typeof(FlavorAsset) => new FlavorAsset { FlavorParamsId = SimulatorObjects.KnownFlavorParamsId },
            _ when type == typeof(AttachmentAsset) => update ? new AttachmentAsset { Title = "renamed" } : new AttachmentAsset { Title = "refit", Format = AttachmentType.TEXT },
            _ when type == typeof(string) => "refit-placeholder",
            _ when type == typeof(int) => 1,
            _ => throw new NotSupportedException($"No plausible value for the required {type.Name} {property.DeclaringType!.Name}.{property.Name}: teach PlausibleArguments about it."),
        };
    }

    private Task<string> EntryAsync(string service, string action) => (service, action) switch
    {
        ("media" or "baseentry" or "attachment_attachmentasset", "addcontent") => objects.NewMediaAsync(),
        ("media", "approvereplace" or "cancelreplace") => objects.ReplacingVideoAsync(),
        ("flavorasset", "add") => objects.NewMediaAsync(),
        ("baseentry", "restorerecycled") => objects.RecycledEntryAsync(),
        ("data", _) => objects.DataEntryAsync(),
        ("document_documents", "addcontent") => objects.NewDocumentAsync(),
        ("document_documents", _) => objects.ReadyDocumentAsync(),
        _ => objects.ReadyVideoAsync(),
    };

    private Task<string> AssetAsync(string service, string action) => (service, action) switch
    {
        ("flavorasset", "setcontent") => objects.EmptyFlavorAsync(),
        ("flavorasset", "delete" or "reconvert" or "setassource") => objects.RenditionFlavorAsync(),
        ("attachment_attachmentasset", "setcontent" or "update") => objects.EmptyAttachmentAsync(),
        ("attachment_attachmentasset", _) => objects.ReadyAttachmentAsync(),
        _ => objects.OriginalFlavorAsync(),
    };
}
