using KalturaGen.Schema.Tests.Support;

namespace KalturaGen.Schema.Tests;

/// <summary>NJsonSchema validates real server payloads against the description's class definitions.</summary>
public sealed class PayloadValidationTests
{
    // A media.get answer as the server writes it with format=1: own properties first, inherited ones after,
    // nulls dropped, objectType last; status is a number because the column is an integer.
    private const string MediaEntry = """
        {"mediaType":1,"sourceType":"1","dataUrl":"https://cdn.example/p/100/sp/10000/flvclipper/entry_id/0_k3x9ab2q/version/0",
         "flavorParamsIds":"0,487041","plays":0,"views":0,"width":1280,"height":720,"duration":62,"msDuration":62000,
         "id":"0_k3x9ab2q","name":"my_video.mp4","partnerId":100,"userId":"admin","creatorId":"admin","tags":"",
         "status":2,"moderationStatus":6,"moderationCount":0,"type":1,"createdAt":1732240000,"updatedAt":1732240062,
         "rank":0,"totalRank":0,"votes":0,"licenseType":-1,"version":0,"thumbnailUrl":"https://cdn.example/thumb",
         "replacementStatus":0,"partnerSortValue":0,"conversionProfileId":5,"rootEntryId":"0_k3x9ab2q",
         "operationAttributes":[],"entitledUsersEdit":"","capabilities":"","displayInSearch":1,
         "objectType":"KalturaMediaEntry"}
        """;

    [Fact]
    public async Task ServerMediaEntryIsValid()
    {
        Assert.Empty(await DefinitionValidator.ValidateAsync("KalturaMediaEntry", MediaEntry));
    }

    [Theory]
    [InlineData("\"mediaType\":1", "\"mediaType\":3")]
    [InlineData("\"mediaType\":1", "\"mediaType\":\"video\"")]
    [InlineData("\"width\":1280", "\"width\":\"wide\"")]
    [InlineData("\"createdAt\":1732240000", "\"createdAt\":\"yesterday\"")]
    [InlineData("\"displayInSearch\":1", "\"displayInSearch\":7")]
    [InlineData("\"operationAttributes\":[]", "\"operationAttributes\":{}")]
    [InlineData("\"rank\":0", "\"rank\":true")]
    public async Task WrongMediaEntryIsRejected(string valid, string wrong)
    {
        Assert.Contains(valid, MediaEntry);

        Assert.NotEmpty(await DefinitionValidator.ValidateAsync("KalturaMediaEntry", MediaEntry.Replace(valid, wrong)));
    }

    [Fact]
    public async Task DynamicEnumKeepsUnknownValues()
    {
        // Entry status is an open set: a plugin's value such as "virusScan.Infected" is still a valid status.
        var infected = MediaEntry.Replace("\"status\":2", "\"status\":\"virusScan.Infected\"");

        Assert.Empty(await DefinitionValidator.ValidateAsync("KalturaMediaEntry", infected));
    }

    [Theory]
    [InlineData("""{"id":"0_5c2f0a7e9b1d4c3e8f6a2b1c0d9e8f7a","partnerId":100,"userId":"admin","status":1,"fileName":"a.mp4","fileSize":6291456,"uploadedFileSize":2097152,"createdAt":1732240000,"updatedAt":1732240010,"autoFinalize":0,"objectType":"KalturaUploadToken"}""", true)]
    [InlineData("""{"id":"0_abc","status":9,"objectType":"KalturaUploadToken"}""", false)]
    [InlineData("""{"id":"0_abc","uploadedFileSize":"many","objectType":"KalturaUploadToken"}""", false)]
    public async Task UploadTokenPayloads(string payload, bool valid)
    {
        var errors = await DefinitionValidator.ValidateAsync("KalturaUploadToken", payload);

        Assert.Equal(valid, errors.Count == 0);
    }

    [Theory]
    [InlineData("""{"objects":[],"totalCount":0,"objectType":"KalturaUploadTokenListResponse"}""", true)]
    [InlineData("""{"objects":[{"id":"0_a","status":2}],"totalCount":1,"objectType":"KalturaUploadTokenListResponse"}""", true)]
    [InlineData("""{"objects":[{"id":"0_a","status":"FULL"}],"totalCount":1}""", false)]
    [InlineData("""{"objects":[],"totalCount":"none"}""", false)]
    public async Task ListResponsePayloads(string payload, bool valid)
    {
        var errors = await DefinitionValidator.ValidateAsync("KalturaUploadTokenListResponse", payload);

        Assert.Equal(valid, errors.Count == 0);
    }
}
