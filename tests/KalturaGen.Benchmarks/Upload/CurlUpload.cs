using System.Diagnostics;
using System.Text.Json;

namespace KalturaGen.Benchmarks.Upload;

/// <summary>
/// One single-shot <c>uploadToken.upload</c> of a whole file by the <c>curl</c> command line
/// (<c>curl -F fileData=@file</c>): the reference point for what one plain HTTP POST achieves.
/// </summary>
public static class CurlUpload
{
    // KalturaUploadTokenStatus::FULL_UPLOAD.
    private const int FullUpload = 2;

    /// <summary>Posts the file to the token with finalChunk=true; throws unless the answer is FULL_UPLOAD with every byte.</summary>
    public static async Task UploadAsync(Uri serviceUrl, string ks, string uploadTokenId, string path, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo("curl")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "--silent", "--show-error", "--fail-with-body",
                     "-F", "ks=" + ks,
                     "-F", "uploadTokenId=" + uploadTokenId,
                     "-F", "finalChunk=1",
                     "-F", "fileData=@" + path,
                     new Uri(serviceUrl, "/api_v3/service/uploadtoken/action/upload?format=1").ToString(),
                 })
        {
            start.ArgumentList.Add(argument);
        }

        using var curl = Process.Start(start) ?? throw new InvalidOperationException("curl did not start.");
        var output = curl.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = curl.StandardError.ReadToEndAsync(cancellationToken);
        await curl.WaitForExitAsync(cancellationToken);
        var answer = await output;
        if (curl.ExitCode != 0)
        {
            throw new InvalidOperationException($"curl exited with {curl.ExitCode}: {await errors}{answer}");
        }

        using var json = JsonDocument.Parse(answer);
        var root = json.RootElement;
        var length = new FileInfo(path).Length;
        if (!root.TryGetProperty("status", out var status) || status.GetInt32() != FullUpload
            || root.GetProperty("uploadedFileSize").GetDouble() != length)
        {
            throw new InvalidOperationException($"The upload did not complete: {answer}");
        }
    }
}
