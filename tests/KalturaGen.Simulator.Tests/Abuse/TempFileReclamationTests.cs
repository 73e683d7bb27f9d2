using System.Net.Http.Headers;
using System.Text;
using KalturaGen.Simulator.Tests.Support;
using KalturaGen.Simulator.Wire;
using Microsoft.AspNetCore.Http;
using static KalturaGen.Simulator.Tests.Support.SimulatorApi;

namespace KalturaGen.Simulator.Tests.Abuse;

/// <summary>
/// Bytes on disk are reclaimed on every failure path: request parts nobody took, fetched URLs of failed imports,
/// aborted bodies, rejected uploads, and tokens abandoned past the server's resume limit.
/// </summary>
public sealed class TempFileReclamationTests
{
    [Fact]
    public async Task DuplicateFileDataPartsLeaveNoTemporaryFile()
    {
        await using var api = await StartAsync();
        var token = (await api.CallAsync("uploadToken", "add")).GetProperty("id").GetString()!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(api.Ks), "ks" }, { new StringContent("1"), "format" }, { new StringContent(token), "uploadTokenId" },
            { new ByteArrayContent(TestData.Bytes(100, 1)), "fileData", "first.mp4" },
            { new ByteArrayContent(TestData.Bytes(100, 2)), "fileData", "second.mp4" },
        };
        var result = Parse(await (await api.Http.PostAsync("/api_v3/service/uploadToken/action/upload", content)).Content.ReadAsStringAsync());
        Assert.Equal(2, result.GetProperty("status").GetInt32());
        Assert.Equal("second.mp4", result.GetProperty("fileName").GetString());
        Assert.Empty(Directory.EnumerateFiles(api.Simulator.Runtime.Storage.Incoming));
    }

    [Fact]
    public async Task AFilePartReplacedByAUrlParameterLeavesNoTemporaryFile()
    {
        await using var api = await StartAsync();
        using var content = new MultipartFormDataContent { { new ByteArrayContent(TestData.Bytes(100)), "fileData", "a.mp4" } };
        await api.Http.PostAsync("/api_v3/service/system/action/ping?format=1&fileData=text", content);
        Assert.Empty(Directory.EnumerateFiles(api.Simulator.Runtime.Storage.Incoming));
    }

    [Fact]
    public async Task FailedUrlImportsLeaveNoTemporaryFile()
    {
        await using var api = await StartAsync();
        var url = await OriginalUrlAsync(api, await api.ReadyVideoAsync(TestData.Bytes(5000)));

        AssertError(await api.CallAsync("media", "addFromUrl", ("mediaEntry:name", "no media type"), ("url", url)), "PROPERTY_VALIDATION_CANNOT_BE_NULL");
        AssertError(await api.CallAsync("media", "addContent", ("entryId", "0_missing"), ("resource:objectType", "KalturaUrlResource"), ("resource:url", url)), "ENTRY_ID_NOT_FOUND");

        Assert.Empty(Directory.EnumerateFiles(api.Simulator.Runtime.Storage.Incoming));
    }

    [Fact]
    public async Task AVideoUrlImportKeepsItsBytesUntilTheImportCompletes()
    {
        await using var api = await StartAsync();
        var data = TestData.Bytes(5000, 9);
        var url = await OriginalUrlAsync(api, await api.ReadyVideoAsync(data));
        var entry = await api.CallAsync("media", "addFromUrl", ("mediaEntry:mediaType", "1"), ("url", url));
        Assert.Empty(Directory.EnumerateFiles(api.Simulator.Runtime.Storage.Incoming));
        api.Simulator.AdvanceTime(TimeSpan.FromMinutes(1));
        Assert.Equal(TestData.Sha256(data), await api.OriginalSha256Async(entry.GetProperty("id").GetString()!));
    }

    [Fact]
    public async Task AnAbortedMultipartBodyLeavesNoTemporaryFile()
    {
        var directory = Directory.CreateTempSubdirectory("kalturagen-abort-").FullName;
        try
        {
            using var abort = new CancellationTokenSource();
            var head = Encoding.ASCII.GetBytes(
                "--B\r\nContent-Disposition: form-data; name=\"one\"; filename=\"one.bin\"\r\n\r\n" + new string('1', 1000) +
                "\r\n--B\r\nContent-Disposition: form-data; name=\"two\"; filename=\"two.bin\"\r\n\r\n" + new string('2', 1000));
            var http = new DefaultHttpContext();
            http.Request.ContentType = "multipart/form-data; boundary=B";
            http.Request.Body = new AbortingStream(head, abort);

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => WireRequest.ReadAsync(http.Request, directory, new SimulatorLimits(), abort.Token));
            Assert.Empty(Directory.EnumerateFiles(directory));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task ARejectedUploadDeletesItsBytes()
    {
        var partner = PartnerOptions.CreateDefault();
        partner.Features.Add(PartnerFeatures.FileTypeRestriction);
        await using var api = await StartAsync(new SimulatorOptions { Partners = [partner] });
        var token = (await api.CallAsync("uploadToken", "add")).GetProperty("id").GetString()!;
        AssertError(await api.UploadAsync(token, "@echo off"u8.ToArray(), "run.bat"), "UPLOAD_TOKEN_FILE_TYPE_RESTRICTED_FOR_UPLOAD");
        Assert.Empty(Directory.EnumerateFiles(api.Simulator.Runtime.Storage.Uploads));
    }

    [Fact]
    public async Task APartialUploadIsReclaimedOnceItPassesTheResumeLimit()
    {
        await using var api = await StartAsync();
        var token = (await api.CallAsync("uploadToken", "add")).GetProperty("id").GetString()!;
        await api.UploadAsync(token, TestData.Bytes(100), "a.mp4", finalChunk: false);
        await api.UploadAsync(token, TestData.Bytes(100), "a.mp4", resume: true, finalChunk: false, resumeAt: 500); // parked
        var uploads = api.Simulator.Runtime.Storage.Uploads;
        Assert.Equal(2, Directory.EnumerateFiles(uploads).Count());

        api.Simulator.AdvanceTime(TimeSpan.FromSeconds(604800));
        await api.CallAsync("system", "ping");
        Assert.Equal(2, Directory.EnumerateFiles(uploads).Count()); // still resumable at exactly 7 days

        api.Simulator.AdvanceTime(TimeSpan.FromSeconds(1));
        await api.CallAsync("system", "ping");
        Assert.Empty(Directory.EnumerateFiles(uploads));
        var stale = await api.UploadAsync(token, TestData.Bytes(100), "a.mp4", resume: true, finalChunk: false, resumeAt: 100);
        AssertError(stale, "UPLOAD_PASSED_MAX_RESUME_TIME_ALLOWED");
        Assert.Equal(1, (await api.CallAsync("uploadToken", "get", ("uploadTokenId", token))).GetProperty("status").GetInt32());
    }

    [Fact]
    public void TheParkedChunkCapIsTheServersConstant() => Assert.Equal(1000, new SimulatorLimits().MaxPendingChunks);

    [Fact]
    public async Task ParkedChunksAreCappedPerToken()
    {
        const int limit = 25;
        await using var api = await StartAsync(new SimulatorOptions { Limits = { MaxPendingChunks = limit } });
        var token = (await api.CallAsync("uploadToken", "add")).GetProperty("id").GetString()!;
        await api.UploadAsync(token, [1], "a.mp4", finalChunk: false);
        for (var i = 1; i <= limit; i++)
        {
            await api.UploadAsync(token, [2], "a.mp4", resume: true, finalChunk: false, resumeAt: 10 * i);
        }

        var refused = await api.UploadAsync(token, [3], "a.mp4", resume: true, finalChunk: false, resumeAt: 10 * (limit + 1));
        AssertError(refused, "MAX_ALLOWED_CHUNK_COUNT_EXCEEDED");
        Assert.Equal(limit, (await api.Simulator.Admin.GetTokensAsync()).Single().PendingChunkOffsets.Count);
        Assert.Empty(Directory.EnumerateFiles(api.Simulator.Runtime.Storage.Incoming));

        // A chunk that replaces a parked one, or extends the file, is still accepted.
        Assert.Equal(1, (await api.UploadAsync(token, [4], "a.mp4", resume: true, finalChunk: false, resumeAt: 10)).GetProperty("status").GetInt32());
        Assert.Equal(2, (await api.UploadAsync(token, [5], "a.mp4", resume: true, finalChunk: false, resumeAt: 1)).GetProperty("uploadedFileSize").GetInt64());
    }

    private static async Task<string> OriginalUrlAsync(SimulatorApi api, string entryId)
    {
        var original = (await api.FlavorsAsync(entryId)).Single(f => f.GetProperty("isOriginal").GetBoolean());
        return (await api.CallAsync("flavorAsset", "getUrl", ("id", original.GetProperty("id").GetString()!))).GetString()!;
    }

    /// <summary>Hands out some bytes, then the client goes away (the request is cancelled).</summary>
    private sealed class AbortingStream(byte[] head, CancellationTokenSource abort) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_position < head.Length)
            {
                var count = Math.Min(buffer.Length, head.Length - _position);
                head.AsMemory(_position, count).CopyTo(buffer);
                _position += count;
                return count;
            }

            await abort.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
            throw new OperationCanceledException(abort.Token);
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
