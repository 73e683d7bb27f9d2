using KalturaGen.Client.Enums;

namespace KalturaGen.Client.Upload;

/// <summary>
/// Finds the token a run continues or creates a new one: an explicit token id; else the file's checkpoint, when it
/// still matches the file and its token can still take bytes; else uploadToken.add with the file name (carrying the
/// upload's marker, so that an add whose answer was lost is found rather than repeated) and size.
/// </summary>
internal static class TokenOpener
{
    public static async Task<UploadTokenInfo> OpenAsync(UploadSession session, string? uploadTokenId, CancellationToken cancellationToken)
    {
        if (uploadTokenId is not null)
        {
            var given = await GetAsync(session, uploadTokenId, cancellationToken).ConfigureAwait(false);
            EnsureUsable(given, session.Source);
            Adopt(session, given, []);
            return given;
        }

        if (await FromCheckpointAsync(session, cancellationToken).ConfigureAwait(false) is { } resumed)
        {
            return resumed;
        }

        var fileName = UploadMarkers.TokenFileName(session.Source.FileName, session.UploadKey);
        session.OwnsToken = true;
        var created = await IdempotentCreate.RunAsync(
            session.Calls,
            "uploadToken.add",
            token => session.Api.AddAsync(fileName, session.Length, session.Options.AutoFinalize, token),
            token => session.Api.FindByFileNameAsync(fileName, token),
            lookFirst: false,
            cancellationToken).ConfigureAwait(false);
        Adopt(session, created, []);
        await session.SaveCheckpointAsync().ConfigureAwait(false);
        return created;
    }

    private static async Task<UploadTokenInfo?> FromCheckpointAsync(UploadSession session, CancellationToken cancellationToken)
    {
        if (session.Options.CheckpointStore is not { } store || session.Source.FilePath is not { } path)
        {
            return null;
        }

        var checkpoint = await store.LoadAsync(path, cancellationToken).ConfigureAwait(false);
        if (checkpoint is null || !checkpoint.Matches(session.Source))
        {
            return null;
        }

        UploadTokenInfo token;
        try
        {
            token = await GetAsync(session, checkpoint.UploadTokenId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (session.Api.ErrorCodeOf(e) is not null)
        {
            // The token is gone (deleted, expired, another partner): the upload starts over with a new one.
            return null;
        }

        if (token.Status is not (UploadTokenStatus.PENDING or UploadTokenStatus.PARTIAL_UPLOAD or UploadTokenStatus.FULL_UPLOAD))
        {
            return null;
        }

        Adopt(session, token, checkpoint.Acknowledged);
        session.OwnsToken = true;
        session.UploadKey = checkpoint.UploadKey ?? session.UploadKey;
        if (checkpoint is { EntryId: { } entryId, EntryType: { } entryType })
        {
            session.Entry = (entryId, entryType);
        }

        if (checkpoint.ChunkSize > 0 && session.Options.ChunkSize is null)
        {
            session.Sizer = new AdaptiveChunkSizer(session.Length, session.Options.TargetChunkTime, checkpoint.ChunkSize);
        }

        return token;
    }

    /// <summary>Takes over the token's state: only a token that already holds a file has bytes to skip.</summary>
    private static void Adopt(UploadSession session, UploadTokenInfo token, IReadOnlyList<ByteRange> acknowledged)
    {
        session.TokenId = token.Id;
        var ranges = new ByteRangeSet();
        if (token.Status is UploadTokenStatus.PARTIAL_UPLOAD or UploadTokenStatus.FULL_UPLOAD)
        {
            foreach (var range in acknowledged)
            {
                ranges.Add(range.Start, range.End);
            }

            ranges.Add(0, token.UploadedFileSize ?? 0);
            session.Resumed = true;
        }

        session.Acknowledged = ranges;
        session.ResumedFromByte = ranges.NextGap(0).Start;
    }

    private static void EnsureUsable(UploadTokenInfo token, UploadSource source)
    {
        if (token.Status is not (UploadTokenStatus.PENDING or UploadTokenStatus.PARTIAL_UPLOAD or UploadTokenStatus.FULL_UPLOAD))
        {
            throw new UploadException($"Upload token {token.Id} is {token.Status} and cannot take more bytes; create a new token.");
        }

        if (token.FileSize is { } declared && source.Length is { } length && declared != length)
        {
            throw new UploadException(
                $"Upload token {token.Id} was created for {declared} bytes but '{source.FileName}' has {length}; use a new token for this file.");
        }
    }

    private static async Task<UploadTokenInfo> GetAsync(UploadSession session, string uploadTokenId, CancellationToken cancellationToken) =>
        await session.CallAsync("uploadToken.get", token => session.Api.GetAsync(uploadTokenId, token), cancellationToken).ConfigureAwait(false);
}
