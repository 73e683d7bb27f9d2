using System.Globalization;
using KalturaGen.Simulator.Services.UploadTokens.Rules;
using KalturaGen.Simulator.Storage;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Services.UploadTokens;

/// <summary>
/// Sends the <c>fileData</c> part of an <c>uploadToken.upload</c> request (named by its URL) straight into the token's
/// file when the parameters read before it ask to resume exactly at the file's current end: the part is written once,
/// where it belongs, instead of to a temporary file and then copied. Only a caller whose <c>ks</c> (read before the
/// part) may write the token gets a placement (<see cref="CallerMayPlace"/>), so no one else can hold the token's file
/// lock while a body streams. The placement is a guess made before the rest of the call is checked: the call commits it only if its own parameters and rules lead to the same write (<see cref="ChunkWriter"/>),
/// else the bytes move to a temporary file and the call proceeds as usual; a request that fails drops them.
/// </summary>
internal static class ChunkPlacer
{
    /// <summary>A placer for the request when its URL names uploadToken.upload; else null.</summary>
    public static WireRequest.FilePlacer? For(SimulatorRuntime runtime, string? service, string? action) =>
        string.Equals(service, "uploadtoken", StringComparison.OrdinalIgnoreCase) && string.Equals(action, "upload", StringComparison.OrdinalIgnoreCase)
            ? (name, url, fields, json, cancellationToken) => TryPlaceAsync(runtime, name, url, fields, json, cancellationToken)
            : null;

    private static async ValueTask<PlacedChunk?> TryPlaceAsync(
        SimulatorRuntime runtime, string name, ParamNode url, ParamNode fields, string? json, CancellationToken cancellationToken)
    {
        if (name != "fileData")
        {
            return null;
        }

        var body = json is null ? fields : JsonParams.TryParseObject(json.Trim(), runtime.Options.Limits);
        string? Param(string key) => url.Get(key)?.Scalar ?? body?.Get(key)?.Scalar;
        if (Param("resume") is not ("1" or "true")
            || !double.TryParse(Param("resumeAt"), NumberStyles.Float, CultureInfo.InvariantCulture, out var resumeAt) || resumeAt < 0
            || Param("uploadTokenId") is not { } id)
        {
            return null;
        }

        ChunkedFile? file;
        await runtime.State.Gate.WaitAsync(cancellationToken);
        try
        {
            file = runtime.State.Tokens.TryGetValue(id, out var token) && TokenOpenForUpload.IsOpen(token)
                && CallerMayPlace.Check(runtime, Param("ks"), Param("partnerId") ?? Param("p"), token)
                ? token.File
                : null;
        }
        finally
        {
            runtime.State.Gate.Release();
        }

        return file is null ? null : PlacedChunk.TryStart(file, (long)Math.Truncate(resumeAt));
    }
}
