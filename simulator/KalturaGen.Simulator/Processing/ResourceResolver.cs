using KalturaGen.Simulator.Dispatch;
using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.State;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Processing;

/// <summary>
/// Turns a KalturaResource into content (the resources' <c>toObject</c>, reference §4.7): upload
/// tokens (FULL_UPLOAD is ready, any other status — CLOSED included — is pending), URLs (fetched
/// before the call took the state gate), entries, assets, strings and asset-params containers.
/// </summary>
internal static class ResourceResolver
{
    /// <summary>Downloads every URL resource in the arguments, outside the state gate.</summary>
    public static async Task PrefetchAsync(ActionContext context)
    {
        foreach (var value in context.Args.Values)
        {
            if (value is WireObject resource)
            {
                await PrefetchAsync(context, resource);
            }
        }
    }

    /// <summary>Resolves a resource; the content of the caller's own partner only.</summary>
    public static ContentSource Resolve(ActionContext context, WireObject resource)
    {
        var schema = context.Schema;
        if (resource.Is(schema, "KalturaUploadedFileTokenResource"))
        {
            return ResolveToken(context, resource);
        }

        if (resource.Is(schema, "KalturaUrlResource") && !resource.Is(schema, "KalturaRemoteStorageResource"))
        {
            var url = resource.GetString("url") ?? "";
            return new UrlImport(url, context.Prefetched.GetValueOrDefault(resource));
        }

        if (resource.Is(schema, "KalturaEntryResource"))
        {
            return ResolveEntry(context, resource);
        }

        if (resource.Is(schema, "KalturaAssetResource"))
        {
            var assetId = resource.GetString("assetId");
            var asset = context.State.Assets.GetValueOrDefault(assetId ?? "");
            if (asset is null || asset.PartnerId != context.PartnerId || asset.Status == FlavorStatus.Deleted || asset.ContentPath is null)
            {
                throw new ApiException("ASSET_ID_NOT_FOUND", assetId);
            }

            return new ReadyFile(asset.ContentPath, "a." + asset.FileExt, null, Move: false);
        }

        if (resource.Is(schema, "KalturaStringResource"))
        {
            var path = context.Runtime.Storage.NewContentPath("txt");
            File.WriteAllText(path, resource.GetString("content") ?? "");
            return new ReadyFile(path, "content.txt", null, Move: true);
        }

        if (resource.Is(schema, "KalturaAssetsParamsResourceContainers"))
        {
            return new MultiFlavor(resource.GetList("resources").Select(c => ResolveContainer(context, c)).ToList());
        }

        if (resource.Is(schema, "KalturaAssetParamsResourceContainer"))
        {
            return new MultiFlavor([ResolveContainer(context, resource)]);
        }

        throw new ApiException("RESOURCE_TYPE_NOT_SUPPORTED", resource.ClassName);
    }

    private static ContentSource ResolveToken(ActionContext context, WireObject resource)
    {
        var tokenId = resource.GetString("token");
        if (tokenId is null)
        {
            throw new ApiException("PROPERTY_VALIDATION_CANNOT_BE_NULL", $"{resource.ClassName}::token");
        }

        // Resources see every token of the partner (the user restriction is the uploadToken service's).
        if (!context.State.Tokens.TryGetValue(tokenId, out var token) || token.PartnerId != context.PartnerId || token.Status == UploadTokenStatus.Deleted)
        {
            throw new ApiException("UPLOAD_TOKEN_NOT_FOUND");
        }

        if (token.Status != UploadTokenStatus.FullUpload)
        {
            // QUIRK (reproduced): a CLOSED token is "pending" too, so reusing it leaves the entry in IMPORT.
            return new PendingToken(token);
        }

        if (token.File is not { Exists: true } file)
        {
            throw new ApiException("UPLOADED_FILE_NOT_FOUND_BY_TOKEN");
        }

        return new ReadyFile(file.Path, token.FileName ?? Path.GetFileName(file.Path), token, Move: true);
    }

    private static ContentSource ResolveEntry(ActionContext context, WireObject resource)
    {
        var entryId = resource.GetString("entryId");
        var source = context.FindEntry(entryId) ?? throw new ApiException("ENTRY_ID_NOT_FOUND", entryId);
        var flavors = context.FlavorsOf(source.Id).ToList();
        var flavor = resource.GetLong("flavorParamsId") is { } paramsId
            ? flavors.FirstOrDefault(f => f.FlavorParamsId == paramsId && f.Status == FlavorStatus.Ready) ?? throw new ApiException("FLAVOR_PARAMS_NOT_FOUND")
            : flavors.FirstOrDefault(f => f.IsOriginal);
        if (flavor?.ContentPath is { } path)
        {
            return new ReadyFile(path, "a." + flavor.FileExt, null, Move: false);
        }

        if (source.ContentPath is { } entryContent)
        {
            return new ReadyFile(entryContent, "a." + source.ContentExt, null, Move: false);
        }

        throw new ApiException("ORIGINAL_FLAVOR_ASSET_IS_MISSING");
    }

    private static (int, ContentSource) ResolveContainer(ActionContext context, WireObject container)
    {
        var inner = container.GetObject("resource") ?? throw new ApiException("PROPERTY_VALIDATION_CANNOT_BE_NULL", $"{container.ClassName}::resource");
        return ((int)(container.GetLong("assetParamsId") ?? 0), Resolve(context, inner));
    }

    private static async Task PrefetchAsync(ActionContext context, WireObject resource)
    {
        var schema = context.Schema;
        if (resource.Is(schema, "KalturaUrlResource") && !resource.Is(schema, "KalturaRemoteStorageResource"))
        {
            context.Prefetched[resource] = await UrlFetcher.FetchAsync(context, resource.GetString("url") ?? "");
            return;
        }

        foreach (var (_, value) in resource.Values)
        {
            switch (value)
            {
                case WireObject nested:
                    await PrefetchAsync(context, nested);
                    break;
                case IReadOnlyList<WireObject> list:
                    foreach (var item in list)
                    {
                        await PrefetchAsync(context, item);
                    }

                    break;
            }
        }
    }
}
