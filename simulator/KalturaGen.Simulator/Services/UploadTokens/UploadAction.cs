using KalturaGen.Simulator.Dispatch;
using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Hosting;
using KalturaGen.Simulator.Rules;
using KalturaGen.Simulator.State;
using KalturaGen.Simulator.Storage;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Services.UploadTokens;

/// <summary>
/// uploadToken.upload (reference §4.4), the server's <c>validateForUpload</c> plus
/// <c>kUploadTokenMgr::uploadFileToToken</c>. Metadata changes happen under the state gate; bytes
/// move under the token's own file lock, so parallel chunks stream concurrently.
/// </summary>
public static class UploadAction
{
    private const int AutoFinalizeLockSeconds = 30;

    /// <summary>Handles one upload call.</summary>
    public static async ValueTask<object?> UploadAsync(ActionContext context)
    {
        var part = context.File("fileData")!;
        var plan = await PrepareAsync(context, part);
        if (plan.Shortcut is { } unchanged)
        {
            return unchanged;
        }

        var file = plan.Token.File!;
        long size;
        await file.Lock.WaitAsync(context.CancellationToken);
        try
        {
            size = plan.Resume
                ? await ResumeAsync(context, plan, part, file)
                : ReplaceFile(context, plan, part, file);
        }
        finally
        {
            file.Lock.Release();
        }

        file.SignalChunkArrived();
        return await CommitAsync(context, plan, size);
    }

    // Phase 1 (state gate): the service's checks, the file name, part validation, autoFinalize bookkeeping.
    private static async Task<UploadPlan> PrepareAsync(ActionContext context, UploadedFilePart part)
    {
        var resume = context.Bool("resume") == true;
        var finalChunk = context.Bool("finalChunk") != false;
        var resumeAt = (long)Math.Truncate(context.Double("resumeAt") ?? -1);
        await context.State.Gate.WaitAsync(context.CancellationToken);
        try
        {
            var token = UploadTokenService.Require(context, context.String("uploadTokenId"));
            // QUIRK (reproduced): the chunk-count limit is only logged by the server, so ERROR is never set
            // and MAX_ALLOWED_CHUNK_COUNT_EXCEEDED is unreachable; the check stays for fidelity.
            if (token.Status == UploadTokenStatus.Error)
            {
                throw new ApiException("MAX_ALLOWED_CHUNK_COUNT_EXCEEDED");
            }

            if (token.IsPastResumeLimit(context.Now))
            {
                throw new ApiException("UPLOAD_PASSED_MAX_RESUME_TIME_ALLOWED", UploadTokenRecord.MaxResumeSeconds);
            }

            if (token.Status is not (UploadTokenStatus.Pending or UploadTokenStatus.PartialUpload))
            {
                throw new ApiException("UPLOAD_TOKEN_INVALID_STATUS_FOR_UPLOAD");
            }

            if (string.IsNullOrEmpty(token.FileName))
            {
                token.FileName = part.Name; // saved even when the call fails later
            }

            if (part.Name.Length == 0)
            {
                if (!resume && finalChunk)
                {
                    context.Runtime.Lifecycle.OnUploadFailed(token);
                }

                throw new ApiException("UPLOAD_ERROR");
            }

            if (part.Size == 0 && !finalChunk && resumeAt > 0)
            {
                // The empty-chunk shortcut: dismissed silently, token unchanged.
                return new UploadPlan(token, resume, finalChunk, resumeAt, false, 0) { Shortcut = UploadTokenMapper.ToWire(token) };
            }

            token.File ??= new ChunkedFile(UploadPath(context, token, part));
            var verified = finalChunk && resumeAt > 0;
            long expected = verified ? resumeAt + part.Size : 0;
            if (token.AutoFinalize && resume && resumeAt >= 0 && ClaimAutoFinalize(context, token, part.Size))
            {
                finalChunk = true;
                verified = true;
                expected = (long)(token.FileSize ?? 0);
            }

            return new UploadPlan(token, resume, finalChunk, resumeAt, verified, expected);
        }
        finally
        {
            context.State.Gate.Release();
        }
    }

    // resume=false: the part replaces the token's file.
    private static long ReplaceFile(ActionContext context, UploadPlan plan, UploadedFilePart part, ChunkedFile file)
    {
        file.Replace(part.TakeFile(), UploadPath(context, plan.Token, part));
        var size = file.Size;
        if (plan.Token.AutoFinalize)
        {
            plan.Token.AutoFinalizeCounter = size;
            if (plan.Token.FileSize == size)
            {
                plan.FinalChunk = true;
            }
        }

        return size;
    }

    private static async Task<long> ResumeAsync(ActionContext context, UploadPlan plan, UploadedFilePart part, ChunkedFile file)
    {
        if (!file.Exists)
        {
            throw new ApiException("UPLOAD_TOKEN_CANNOT_RESUME");
        }

        var cancellationToken = context.CancellationToken;
        if (plan.ResumeAt == -1)
        {
            var appended = await file.AppendAsync(part.TempPath!, cancellationToken);
            if (plan.Token.AutoFinalize && FinalizesAfterAppend(context, plan.Token.FileSize ?? 0, appended))
            {
                plan.FinalChunk = true;
            }

            return appended;
        }

        if (!plan.Verified)
        {
            await file.AppendExactPendingAsync(10, cancellationToken);
            var current = file.Size;
            if (plan.ResumeAt <= current && current < plan.ResumeAt + part.Size)
            {
                await file.WriteAtAsync(plan.ResumeAt, part.TempPath!, cancellationToken);
            }
            else
            {
                // A gap before the part, or a part inside existing data: kept as a pending chunk.
                // Chunks it makes contiguous are appended by the next call, as the server does.
                file.EnsureCanPark(plan.ResumeAt, context.Runtime.Options.Limits.MaxPendingChunks);
                file.StorePending(plan.ResumeAt, part.TakeFile());
            }

            return file.Size;
        }

        file.EnsureCanPark(plan.ResumeAt, context.Runtime.Options.Limits.MaxPendingChunks);
        file.StorePending(plan.ResumeAt, part.TakeFile());
        return await FinalChunkLoopAsync(context, plan, file);
    }

    // The verified final chunk: append what applies, waiting (on the simulator clock) for missing chunks.
    private static async Task<long> FinalChunkLoopAsync(ActionContext context, UploadPlan plan, ChunkedFile file)
    {
        var clock = context.Runtime.Clock;
        var started = clock.GetUtcNow();
        var wait = context.Runtime.Options.FinalChunkWait;
        while (true)
        {
            var arrival = file.NextChunkArrival();
            var size = await file.AppendApplicablePendingAsync(context.CancellationToken);
            if (size == plan.Expected || clock.GetUtcNow() - started >= wait)
            {
                return size == plan.Expected ? size : throw new ApiException("UPLOAD_TOKEN_CANNOT_MATCH_EXPECTED_SIZE");
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

    // Phase 3 (state gate): status and size, the closure check, file-type restriction, completion hooks.
    private static async Task<object?> CommitAsync(ActionContext context, UploadPlan plan, long size)
    {
        await context.State.Gate.WaitAsync(CancellationToken.None);
        try
        {
            var token = plan.Token;
            var open = token.Status is UploadTokenStatus.Pending or UploadTokenStatus.PartialUpload;
            if (plan.FinalChunk)
            {
                // uploadToken_closure lock: a second final chunk finds the token already full.
                if (!open)
                {
                    throw new ApiException("UPLOAD_TOKEN_INVALID_STATUS_FOR_UPLOAD");
                }

                if (context.Partner.HasFeature(PartnerFeatures.FileTypeRestriction) && size > 0
                    && !FileTypeRestrictionRule.IsAllowed(token.File!.Path))
                {
                    context.Runtime.Lifecycle.OnUploadFailed(token);
                    throw new ApiException("UPLOAD_TOKEN_FILE_TYPE_RESTRICTED_FOR_UPLOAD");
                }

                token.Status = UploadTokenStatus.FullUpload;
            }
            else if (open)
            {
                token.Status = UploadTokenStatus.PartialUpload;
            }

            if (open)
            {
                token.UploadedFileSize = size;
            }

            token.UpdatedAt = context.Now;
            var result = UploadTokenMapper.ToWire(token);
            if (plan.FinalChunk)
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

    // autoFinalize with resumeAt >= 0: count the bytes; once the declared size is reached, one request
    // (30 s lock) becomes the verified final chunk. After 5 attempts the server fails with an unmapped
    // error, which clients see as INTERNAL_SERVERL_ERROR.
    private static bool ClaimAutoFinalize(ActionContext context, UploadTokenRecord token, long partSize)
    {
        token.AutoFinalizeCounter += partSize;
        if (token.AutoFinalizeCounter < (token.FileSize ?? 0) || token.AutoFinalizeLockUntil > context.Now)
        {
            return false;
        }

        token.AutoFinalizeLockUntil = context.Now + AutoFinalizeLockSeconds;
        if (--token.AutoFinalizeRetries <= 0)
        {
            throw new ApiException("INTERNAL_SERVERL_ERROR");
        }

        return true;
    }

    // QUIRK (reproduced by default, see SimulatorOptions.AutoFinalizeAppendQuirk): the server finalizes an
    // append whenever the declared size is at least the current size, i.e. after any append that has
    // not exceeded it. With the switch off, it finalizes once the declared size is reached.
    private static bool FinalizesAfterAppend(ActionContext context, double declared, long current) =>
        context.Runtime.Options.AutoFinalizeAppendQuirk ? declared >= current : current >= declared;

    // <token>.<ext>: the extension comes from the part name, or from the token's file name when the part
    // has none (or is ".tmp" and the token has a name).
    private static string UploadPath(ActionContext context, UploadTokenRecord token, UploadedFilePart part)
    {
        var extension = MimeTypes.ExtensionOf(part.Name);
        if (extension.Length == 0 || (extension == "tmp" && !string.IsNullOrEmpty(token.FileName)))
        {
            extension = MimeTypes.ExtensionOf(token.FileName);
        }

        return Path.Combine(context.Runtime.Storage.Uploads, $"{token.Id}.{(extension.Length == 0 ? "noex" : extension)}");
    }

    private sealed record UploadPlan(UploadTokenRecord Token, bool Resume, bool FinalChunk, long ResumeAt, bool Verified, long Expected)
    {
        public bool FinalChunk { get; set; } = FinalChunk;

        public object? Shortcut { get; init; }
    }
}
