namespace KalturaGen.Client.Upload;

/// <summary>Keeps one <see cref="UploadCheckpoint"/> per file path.</summary>
public interface IUploadCheckpointStore
{
    /// <summary>The checkpoint for <paramref name="filePath"/> (a full path), or <see langword="null"/>.</summary>
    Task<UploadCheckpoint?> LoadAsync(string filePath, CancellationToken cancellationToken);

    /// <summary>Writes (replaces) the checkpoint for its file.</summary>
    Task SaveAsync(UploadCheckpoint checkpoint, CancellationToken cancellationToken);

    /// <summary>Removes the checkpoint for <paramref name="filePath"/>, if any.</summary>
    Task DeleteAsync(string filePath, CancellationToken cancellationToken);
}
