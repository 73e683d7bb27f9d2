using KalturaGen.Schema.Tests.Support;

namespace KalturaGen.Schema.Tests;

/// <summary>Key classes have Kaltura's inheritance, property order, types and update rules.</summary>
public sealed class ClassDefinitionTests
{
    private static readonly IngestionSchema Doc = IngestionSchema.Instance;

    [Theory]
    [InlineData("KalturaUploadToken", "id partnerId userId status fileName fileSize uploadedFileSize createdAt updatedAt uploadUrl autoFinalize attachedObjectType attachedObjectId")]
    [InlineData("KalturaPlayableEntry", "plays views lastPlayedAt width height duration msDuration durationType")]
    [InlineData("KalturaUploadedFileTokenResource", "token")]
    [InlineData("KalturaEntryResource", "entryId flavorParamsId")]
    [InlineData("KalturaAssetParamsResourceContainer", "resource assetParamsId")]
    [InlineData("KalturaAssetsParamsResourceContainers", "resources")]
    [InlineData("KalturaBaseEntryCloneOptionComponent", "itemType rule")]
    [InlineData("KalturaPager", "pageSize pageIndex")]
    [InlineData("KalturaListResponse", "totalCount")]
    [InlineData("KalturaUploadTokenListResponse", "objects")]
    public void ClassHasItsOwnPropertiesInServerOrder(string name, string properties)
    {
        Assert.Equal(properties.Split(' '), Doc.Class(name).Properties.Select(p => p.WireName));
    }

    [Theory]
    [InlineData("KalturaBaseEntry", "id name", "displayInSearch")]
    [InlineData("KalturaMediaEntry", "mediaType", "streams")]
    [InlineData("KalturaAsset", "id entryId partnerId version size tags fileExt createdAt updatedAt deletedAt description partnerData partnerDescription actualSourceAssetParamsIds", null)]
    [InlineData("KalturaFlavorAsset", "flavorParamsId width height bitrate frameRate isOriginal", null)]
    [InlineData("KalturaAttachmentAsset", "filename title format status", null)]
    public void ClassStartsWithKalturasProperties(string name, string first, string? contains)
    {
        var properties = Doc.Class(name).Properties.Select(p => p.WireName).ToList();
        var expected = first.Split(' ');

        Assert.Equal(expected, properties.Take(expected.Length));
        if (contains is not null)
        {
            Assert.Contains(contains, properties);
        }
    }

    [Theory]
    [InlineData("KalturaMediaEntry", "KalturaPlayableEntry")]
    [InlineData("KalturaPlayableEntry", "KalturaBaseEntry")]
    [InlineData("KalturaDataEntry", "KalturaBaseEntry")]
    [InlineData("KalturaDocumentEntry", "KalturaBaseEntry")]
    [InlineData("KalturaFlavorAsset", "KalturaAsset")]
    [InlineData("KalturaAttachmentAsset", "KalturaAsset")]
    [InlineData("KalturaUploadedFileTokenResource", "KalturaGenericDataCenterContentResource")]
    [InlineData("KalturaGenericDataCenterContentResource", "KalturaDataCenterContentResource")]
    [InlineData("KalturaDataCenterContentResource", "KalturaContentResource")]
    [InlineData("KalturaContentResource", "KalturaResource")]
    [InlineData("KalturaRemoteStorageResource", "KalturaUrlResource")]
    [InlineData("KalturaUrlResource", "KalturaContentResource")]
    [InlineData("KalturaAssetParamsResourceContainer", "KalturaResource")]
    [InlineData("KalturaFilterPager", "KalturaPager")]
    [InlineData("KalturaMediaListResponse", "KalturaListResponse")]
    [InlineData("KalturaMediaEntryFilter", "KalturaMediaEntryBaseFilter")]
    [InlineData("KalturaUploadTokenFilter", "KalturaUploadTokenBaseFilter")]
    [InlineData("KalturaFlavorAssetFilter", "KalturaFlavorAssetBaseFilter")]
    public void ClassExtendsItsKalturaBase(string name, string baseClass)
    {
        Assert.Equal(baseClass, Doc.KalturaName(Doc.Class(name).BaseName!));
    }

    [Theory]
    [InlineData("KalturaResource", true)]
    [InlineData("KalturaContentResource", true)]
    [InlineData("KalturaDataCenterContentResource", true)]
    [InlineData("KalturaGenericDataCenterContentResource", true)]
    [InlineData("KalturaBaseEntryCloneOptionItem", true)]
    [InlineData("KalturaPager", true)]
    [InlineData("KalturaUploadTokenBaseFilter", true)]
    [InlineData("KalturaUploadedFileTokenResource", false)]
    [InlineData("KalturaUrlResource", false)]
    [InlineData("KalturaBaseEntry", false)]
    [InlineData("KalturaFilterPager", false)]
    public void AbstractClassesAreMarked(string name, bool isAbstract)
    {
        Assert.Equal(isAbstract, Doc.Class(name).IsAbstract);
    }

    [Theory]
    [InlineData("KalturaUploadToken", "id", "readOnly")]
    [InlineData("KalturaUploadToken", "status", "readOnly")]
    [InlineData("KalturaUploadToken", "uploadedFileSize", "readOnly")]
    [InlineData("KalturaUploadToken", "fileName", "x-insertOnly")]
    [InlineData("KalturaUploadToken", "fileSize", "x-insertOnly")]
    [InlineData("KalturaUploadToken", "autoFinalize", "x-insertOnly")]
    [InlineData("KalturaBaseEntry", "status", "readOnly")]
    [InlineData("KalturaBaseEntry", "replacementStatus", "readOnly")]
    [InlineData("KalturaBaseEntry", "creatorId", "x-insertOnly")]
    [InlineData("KalturaBaseEntry", "name", null)]
    [InlineData("KalturaBaseEntry", "referenceId", null)]
    [InlineData("KalturaMediaEntry", "mediaType", "x-insertOnly")]
    [InlineData("KalturaDocumentEntry", "documentType", "x-insertOnly")]
    [InlineData("KalturaAsset", "fileExt", "x-insertOnly")]
    [InlineData("KalturaFlavorAsset", "flavorParamsId", "x-insertOnly")]
    [InlineData("KalturaFlavorAsset", "isOriginal", "readOnly")]
    [InlineData("KalturaAttachmentAsset", "status", "readOnly")]
    [InlineData("KalturaAttachmentAsset", "title", null)]
    public void PropertyHasKalturasUpdateRule(string name, string property, string? flag)
    {
        var prop = Doc.Class(name).Properties.Single(p => p.WireName == property);

        Assert.Equal(flag == "readOnly", prop.IsReadOnly);
        Assert.Equal(flag == "x-insertOnly", prop.IsInsertOnly);
    }

    [Theory]
    [InlineData("KalturaUploadToken", "fileSize", "number | Expected file size in bytes; required with autoFinalize. | insertOnly")]
    [InlineData("KalturaUploadToken", "createdAt", "unix-time |  | readOnly")]
    [InlineData("KalturaUploadToken", "autoFinalize", "KalturaNullableBoolean | Finish the upload once fileSize bytes have arrived, without a final chunk. | insertOnly")]
    [InlineData("KalturaBaseEntry", "status", "KalturaEntryStatus | Ingestion status. | readOnly")]
    [InlineData("KalturaBaseEntry", "rank", "number |  | readOnly")]
    [InlineData("KalturaBaseEntry", "operationAttributes", "KalturaOperationAttributes[] |  | ")]
    [InlineData("KalturaUrlResource", "forceAsyncDownload", "boolean | Download in a background job even for images. | ")]
    [InlineData("KalturaAssetsParamsResourceContainers", "resources", "KalturaAssetParamsResourceContainer[] | One content resource per asset params. | ")]
    [InlineData("KalturaMediaListResponse", "objects", "KalturaMediaEntry[] |  | readOnly")]
    public void PropertyHasKalturasType(string name, string property, string expected)
    {
        var prop = Doc.Class(name).Properties.Single(p => p.WireName == property);
        var flags = new[] { (prop.IsReadOnly, "readOnly"), (prop.IsInsertOnly, "insertOnly"), (prop.IsWriteOnly, "writeOnly") }
            .Where(f => f.Item1).Select(f => f.Item2);

        Assert.Equal(expected, $"{Doc.Spell(prop.Type)} | {prop.Description} | {string.Join(" ", flags)}");
    }
}
