using KalturaGen.Simulator.Dispatch;
using KalturaGen.Simulator.Services.UploadTokens.Rules;
using KalturaGen.Simulator.State;
using KalturaGen.Simulator.Storage;

namespace KalturaGen.Simulator.Services.UploadTokens;

/// <summary>
/// The three phases of one upload call: the rules before the bytes under the state gate; the bytes under the token
/// file's own lock (so parallel chunks of different tokens, and the network reads of one token's chunks, run
/// concurrently); the closing rules and the token's new status under the state gate again.
/// </summary>
internal static class UploadLocking
{
    /// <summary>Runs the call and returns the token as the server answers it.</summary>
    public static async ValueTask<object?> RunAsync(ActionContext context, UploadChunk chunk)
    {
        if (await CheckAsync(context, chunk) is { } dismissed)
        {
            return dismissed;
        }

        var file = chunk.RequiredToken.File!;
        var placement = await TakeOverLockAsync(context, chunk, file);
        try
        {
            chunk.Size = chunk.Resume
                ? await ChunkWriter.ResumeAsync(context, chunk, file, placement)
                : await ChunkWriter.ReplaceAsync(context, chunk, file, placement);
        }
        finally
        {
            placement?.Abandon(); // drops the bytes unless committed
            file.Lock.Release();
        }

        file.SignalChunkArrived();
        return await CommitAsync(context, chunk);
    }

    // Phase 2 starts with the file's lock: a part placed in this very file already holds it; a part placed elsewhere
    // (the call's parameters named another token) moves to a temporary file first, which releases that file's lock.
    private static async Task<PlacedChunk?> TakeOverLockAsync(ActionContext context, UploadChunk chunk, ChunkedFile file)
    {
        var placement = chunk.Part.TakePlacement();
        if (placement is not null && placement.File != file)
        {
            await chunk.Part.MaterializeAsync(placement, context.Runtime.Storage.Incoming, context.CancellationToken);
            placement = null;
        }

        if (placement is null)
        {
            await file.Lock.WaitAsync(context.CancellationToken);
        }
        else
        {
            placement.TakeLock();
        }

        return placement;
    }

    // Phase 1 (state gate): the answer when the call is dismissed, else null.
    private static async Task<object?> CheckAsync(ActionContext context, UploadChunk chunk)
    {
        await context.State.Gate.WaitAsync(context.CancellationToken);
        try
        {
            UploadRules.Apply(UploadRules.BeforeBytes, chunk);
            return chunk.Dismissed ? UploadTokenMapper.ToWire(chunk.RequiredToken) : null;
        }
        finally
        {
            context.State.Gate.Release();
        }
    }

    // Phase 3 (state gate): the closing rules, then status and size, and the completion hooks.
    private static async Task<object?> CommitAsync(ActionContext context, UploadChunk chunk)
    {
        await context.State.Gate.WaitAsync(CancellationToken.None);
        try
        {
            var token = chunk.RequiredToken;
            var open = TokenOpenForUpload.IsOpen(token);
            UploadRules.Apply(UploadRules.AtCommit, chunk);
            if (chunk.FinalChunk)
            {
                token.Status = UploadTokenStatus.FullUpload;
            }
            else if (open)
            {
                token.Status = UploadTokenStatus.PartialUpload;
            }

            if (open)
            {
                token.UploadedFileSize = chunk.Size;
            }

            token.UpdatedAt = context.Now;
            var result = UploadTokenMapper.ToWire(token);
            if (chunk.FinalChunk)
            {
                context.Runtime.Lifecycle.OnUploadFinished(token);
            }

            return result;
        }
        finally
        {
            context.State.Gate.Release();
        }
    }
}
