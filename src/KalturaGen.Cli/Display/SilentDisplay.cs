using KalturaGen.Client.Upload;

namespace KalturaGen.Cli.Display;

/// <summary>No progress and no notes (--quiet, --json): stdout holds only the results.</summary>
internal sealed class SilentDisplay : IUploadDisplay
{
    public Task<T> RunAsync<T>(Func<IProgress<UploadProgress>, Task<T>> work) => work(new Progress<UploadProgress>());

    public void Note(string message)
    {
    }
}
