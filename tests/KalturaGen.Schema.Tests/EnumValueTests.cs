using KalturaGen.Schema.Tests.Support;

namespace KalturaGen.Schema.Tests;

/// <summary>Every status and type enum of the ingestion API carries Kaltura's own names and values.</summary>
public sealed class EnumValueTests
{
    private static readonly IngestionSchema Doc = IngestionSchema.Instance;

    public static TheoryData<string, string, string> Values() => new()
    {
        { "KalturaUploadTokenStatus", "int", "PENDING=0 PARTIAL_UPLOAD=1 FULL_UPLOAD=2 CLOSED=3 TIMED_OUT=4 DELETED=5" },
        { "KalturaEntryStatus", "string", "ERROR_IMPORTING=-2 ERROR_CONVERTING=-1 IMPORT=0 PRECONVERT=1 READY=2 DELETED=3 PENDING=4 MODERATE=5 BLOCKED=6 NO_CONTENT=7" },
        { "KalturaEntryType", "string", "AUTOMATIC=-1 MEDIA_CLIP=1 MIX=2 PLAYLIST=5 DATA=6 LIVE_STREAM=7 LIVE_CHANNEL=8 DOCUMENT=10" },
        { "KalturaMediaType", "int", "VIDEO=1 IMAGE=2 AUDIO=5 LIVE_STREAM_FLASH=201 LIVE_STREAM_WINDOWS_MEDIA=202 LIVE_STREAM_REAL_MEDIA=203 LIVE_STREAM_QUICKTIME=204" },
        { "KalturaFlavorAssetStatus", "int", "ERROR=-1 QUEUED=0 CONVERTING=1 READY=2 DELETED=3 NOT_APPLICABLE=4 TEMP=5 WAIT_FOR_CONVERT=6 IMPORTING=7 VALIDATING=8 EXPORTING=9" },
        { "KalturaEntryModerationStatus", "int", "PENDING_MODERATION=1 APPROVED=2 REJECTED=3 DELETED=4 FLAGGED_FOR_REVIEW=5 AUTO_APPROVED=6" },
        { "KalturaEntryReplacementStatus", "string", "NONE=0 APPROVED_BUT_NOT_READY=1 READY_BUT_NOT_APPROVED=2 NOT_READY_AND_NOT_APPROVED=3 FAILED=4" },
        { "KalturaEntryDisplayInSearchType", "int", "RECYCLED=-2 SYSTEM=-1 NONE=0 PARTNER_ONLY=1 KALTURA_NETWORK=2" },
        { "KalturaDocumentType", "int", "DOCUMENT=11 SWF=12 PDF=13" },
        { "KalturaSessionType", "int", "USER=0 ADMIN=2" },
        { "KalturaNullableBoolean", "int", "NULL_VALUE=-1 FALSE_VALUE=0 TRUE_VALUE=1" },
        { "KalturaBaseEntryCloneOptions", "string", "USERS=1 CATEGORIES=2 CHILD_ENTRIES=3 ACCESS_CONTROL=4 METADATA=5 FLAVORS=6 CAPTIONS=7" },
        { "KalturaCloneComponentSelectorType", "string", "INCLUDE_COMPONENT=0 EXCLUDE_COMPONENT=1" },
        { "KalturaModerationFlagType", "int", "SEXUAL_CONTENT=1 VIOLENT_REPULSIVE=2 HARMFUL_DANGEROUS=3 SPAM_COMMERCIALS=4 COPYRIGHT=5 TERMS_OF_USE_VIOLATION=6" },
        { "KalturaModerationFlagStatus", "string", "PENDING=1 MODERATED=2" },
        { "KalturaModerationObjectType", "string", "ENTRY=2 USER=3" },
        { "KalturaUploadTokenOrderBy", "string", "CREATED_AT_ASC=+createdAt CREATED_AT_DESC=-createdAt" },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void EnumHasKalturasValues(string name, string enumType, string expected)
    {
        var model = Doc.Enum(name);

        Assert.Equal(enumType, model.IsString ? "string" : "int");
        Assert.Equal(expected.Split(' '), model.Members.Select(m => $"{m.Name}={m.Value}"));
    }

    [Theory]
    [InlineData("KalturaAttachmentType", "TEXT=1 MEDIA=2 DOCUMENT=3 JSON=4")]
    [InlineData("KalturaAttachmentAssetStatus", "ERROR=-1 QUEUED=0 READY=2 DELETED=3 IMPORTING=7 EXPORTING=9")]
    [InlineData("KalturaSourceType", "FILE=1 WEBCAM=2 URL=5 SEARCH_PROVIDER=6")]
    [InlineData("KalturaLicenseType", "UNKNOWN=-1 NONE=0 COPYRIGHTED=1 PUBLIC_DOMAIN=2")]
    public void EnumContainsKalturasValues(string name, string expected)
    {
        var pairs = Doc.Enum(name).Members.Select(m => $"{m.Name}={m.Value}");

        Assert.All(expected.Split(' '), pair => Assert.Contains(pair, pairs));
    }

    [Theory]
    [InlineData("KalturaBaseEntryOrderBy")]
    [InlineData("KalturaMediaEntryOrderBy")]
    [InlineData("KalturaDataEntryOrderBy")]
    [InlineData("KalturaDocumentEntryOrderBy")]
    [InlineData("KalturaFlavorAssetOrderBy")]
    [InlineData("KalturaAttachmentAssetOrderBy")]
    public void FilterOrderByIsAStringEnumOfSignedFields(string name)
    {
        var model = Doc.Enum(name);

        Assert.True(model.IsString);
        Assert.All(model.Members, m => Assert.Matches("^[+-][A-Za-z]+$", m.Value));
        Assert.Contains("-createdAt", model.Members.Select(m => m.Value));
    }
}
