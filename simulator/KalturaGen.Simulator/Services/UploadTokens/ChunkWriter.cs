using KalturaGen.Simulator.Dispatch;
using KalturaGen.Simulator.Services.UploadTokens.Rules;
using KalturaGen.Simulator.Storage;

namespace KalturaGen.Simulator.Services.UploadTokens;

/// <summary>
/// Moves one call's bytes into the token's file (<c>kUploadTokenMgr::handleResume</c> and the plain replacement), under
/// the file's lock held by <see cref="UploadLocking"/>; returns the file's contiguous size.
/// </summary>
internal static class ChunkWriter
{
    /// <summary>resume=false: the part replaces the token's file.</summary>
    public static async Task<long> ReplaceAsync(ActionContext context, UploadChunk chunk, ChunkedFile file, PlacedChunk? placement)
    {
        if (placement is not null)
        {
            await chunk.Part.MaterializeAsync(placement, context.Runtime.Storage.Incoming, context.CancellationToken);
        }

        var token = chunk.RequiredToken;
        file.Replace(chunk.Part.TakeFile(), TokenFileFromPartName.UploadPath(context.Runtime.Storage.Uploads, token, chunk.Part.Name));
        var size = file.Size;
        if (token.AutoFinalize)
        {
            token.AutoFinalizeCounter = size;
            if (AutoFinalizeAfterAppend.FinalizesReplacement(token.FileSize, size))
            {
                chunk.FinalChunk = true;
            }
        }

        return size;
    }

    /// <summary>resume=true: append, write at resumeAt, park, or (verified final chunk) wait for the missing chunks.</summary>
    public static async Task<long> ResumeAsync(ActionContext context, UploadChunk chunk, ChunkedFile file, PlacedChunk? placement)
    {
        ResumeNeedsFile.Check(file);
        var cancellationToken = context.CancellationToken;
        var maxPending = context.Runtime.Options.Limits.MaxPendingChunks;
        var part = chunk.Part;
        if (placement is not null)
        {
            // Placed at the end of a file without pending chunks, the part is already where the paths below would put
            // it: written at resumeAt, or parked there and applied by the final-chunk loop's first pass.
            if (chunk.ResumeAt == placement.Offset && placement.Length > 0 && file.PendingCount == 0)
            {
                if (!chunk.Verified)
                {
                    placement.Commit();
                    return file.Size;
                }

                ParkedChunkLimit.Check(file, chunk.ResumeAt, maxPending);
                placement.Commit();
                return await FinalChunkLoopAsync(context, chunk, file);
            }

            await part.MaterializeAsync(placement, context.Runtime.Storage.Incoming, cancellationToken);
        }
        if (chunk.ResumeAt == -1)
        {
            var appended = await file.AppendAsync(part.TempPath!, cancellationToken);
            if (chunk.RequiredToken.AutoFinalize
                && AutoFinalizeAfterAppend.FinalizesAppend(chunk.RequiredToken.FileSize ?? 0, appended, context.Runtime.Options.AutoFinalizeAppendQuirk))
            {
                chunk.FinalChunk = true;
            }

            return appended;
        }

        if (!chunk.Verified)
        {
            await file.AppendExactPendingAsync(10, cancellationToken);
            var current = file.Size;
            if (chunk.ResumeAt <= current && current < chunk.ResumeAt + part.Size)
            {
                await file.WriteAtAsync(chunk.ResumeAt, part.TempPath!, cancellationToken);
            }
            else
            {
                // A gap before the part, or a part inside existing data: kept as a pending chunk.
                // Chunks it makes contiguous are appended by the next call, as the server does.
                ParkedChunkLimit.Check(file, chunk.ResumeAt, maxPending);
                file.StorePending(chunk.ResumeAt, part.TakeFile());
            }

            return file.Size;
        }

        ParkedChunkLimit.Check(file, chunk.ResumeAt, maxPending);
        file.StorePending(chunk.ResumeAt, part.TakeFile());
        return await FinalChunkLoopAsync(context, chunk, file);
    }

    // The verified final chunk: append what applies, waiting (on the simulator clock) for missing chunks.
    private static async Task<long> FinalChunkLoopAsync(ActionContext context, UploadChunk chunk, ChunkedFile file)
    {
        var clock = context.Runtime.Clock;
        var started = clock.GetUtcNow();
        var wait = context.Runtime.Options.FinalChunkWait;
        while (true)
        {
            var arrival = file.NextChunkArrival();
            var size = await file.AppendApplicablePendingAsync(context.CancellationToken);
            if (ExpectedSizeReached.Check(size, chunk.Expected, clock.GetUtcNow() - started >= wait))
            {
                return size;
            }

            file.Lock.Release();
            try
            {
                var tick = Task.Delay(TimeSpan.FromSeconds(1), clock, context.CancellationToken);
                await Task.WhenAny(arrival, tick);
                context.CancellationToken.ThrowIfCancellationRequested();
            }
            finally
            {
                await file.Lock.WaitAsync(CancellationToken.None);
            }
        }
    }
}
