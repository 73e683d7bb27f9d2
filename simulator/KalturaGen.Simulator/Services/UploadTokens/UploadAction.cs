using KalturaGen.Simulator.Dispatch;

namespace KalturaGen.Simulator.Services.UploadTokens;

/// <summary>
/// uploadToken.upload (reference §4.4), the server's <c>validateForUpload</c> plus
/// <c>kUploadTokenMgr::uploadFileToToken</c>: the rules are listed in <see cref="UploadRules"/>, the phases and their
/// locks are <see cref="UploadLocking"/>, the byte moves <see cref="ChunkWriter"/>.
/// </summary>
internal static class UploadAction
{
    /// <summary>Handles one upload call.</summary>
    public static ValueTask<object?> UploadAsync(ActionContext context) => UploadLocking.RunAsync(context, UploadChunk.From(context));
}
