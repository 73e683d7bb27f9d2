using System.Text.Json;
using KalturaGen.Client.Json;
using KalturaGen.Client.Models;
using KalturaGen.Runtime;

namespace KalturaGen.Benchmarks.LegacyTransport;

/// <summary>
/// uploadToken.add and uploadToken.upload as the generator wrote them before Refit (<c>UploadTokenService</c> of
/// commit 9fe97c4); the chunk travels as a multipart part beside the JSON parameters.
/// </summary>
public sealed class LegacyUploadTokenService(LegacyConnection connection)
{
    /// <summary>uploadToken.add.</summary>
    public Task<UploadToken> AddAsync(UploadToken? uploadToken = null, CancellationToken cancellationToken = default)
        => connection.SendAsync(CreateAddRequest(uploadToken), cancellationToken);

    /// <summary>uploadToken.upload.</summary>
    public Task<UploadToken> UploadAsync(string uploadTokenId, LegacyFile fileData, bool resume = false, bool finalChunk = true, double resumeAt = -1, CancellationToken cancellationToken = default)
        => connection.SendAsync(CreateUploadRequest(uploadTokenId, fileData, resume, finalChunk, resumeAt), cancellationToken);

    private static LegacyRequest<UploadToken> CreateAddRequest(UploadToken? uploadToken)
    {
        var request = new LegacyRequest<UploadToken>("uploadtoken", "add", static element => KalturaJsonReader.ReadElement(element, static (ref Utf8JsonReader reader) => KalturaUtf8JsonReader.ReadObject<UploadToken>(ref reader, KalturaObjectFactory.Create, KalturaObjectFactory.HasSubclasses(typeof(UploadToken)))) ?? throw KalturaJsonReader.MissingResult(element));
        if (uploadToken is not null)
        {
            uploadToken.WriteTo(request.WriteParam("uploadToken"), KalturaJsonWriteMode.Request);
        }

        return request;
    }

    private static LegacyRequest<UploadToken> CreateUploadRequest(string uploadTokenId, LegacyFile fileData, bool resume, bool finalChunk, double resumeAt)
    {
        var request = new LegacyRequest<UploadToken>("uploadtoken", "upload", static element => KalturaJsonReader.ReadElement(element, static (ref Utf8JsonReader reader) => KalturaUtf8JsonReader.ReadObject<UploadToken>(ref reader, KalturaObjectFactory.Create, KalturaObjectFactory.HasSubclasses(typeof(UploadToken)))) ?? throw KalturaJsonReader.MissingResult(element));
        if (uploadTokenId is not null)
        {
            request.WriteParam("uploadTokenId").WriteStringValue(uploadTokenId);
        }

        if (fileData is not null)
        {
            request.AddFile("fileData", fileData);
        }

        request.WriteParam("resume").WriteBooleanValue(resume);
        request.WriteParam("finalChunk").WriteBooleanValue(finalChunk);
        request.WriteParam("resumeAt").WriteNumberValue(resumeAt);
        return request;
    }
}
