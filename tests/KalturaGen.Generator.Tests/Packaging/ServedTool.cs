using System.Diagnostics;
using System.Text;

namespace KalturaGen.Generator.Tests.Packaging;

/// <summary>
/// An installed <c>kalturagen serve</c> process: started, its service URL read from the banner it prints when ready,
/// and killed (with its children) on dispose.
/// </summary>
internal sealed class ServedTool : IAsyncDisposable
{
    private const string UrlLabel = "Service URL : ";
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServedTool(Process process) => _process = process;

    /// <summary>The URL root clients are given (the part before <c>/api_v3</c>).</summary>
    public string ServiceUrl { get; private set; } = "";

    public static async Task<ServedTool> StartAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var served = new ServedTool(Process.Start(start)!);
        var ready = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        served._process.OutputDataReceived += (_, e) => served.Read(e.Data, ready);
        served._process.ErrorDataReceived += (_, e) => served.Read(e.Data, null);
        served._process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException("kalturagen serve exited before it was ready."));
        served._process.EnableRaisingEvents = true;
        served._process.BeginOutputReadLine();
        served._process.BeginErrorReadLine();
        try
        {
            served.ServiceUrl = await ready.Task.WaitAsync(TimeSpan.FromMinutes(1));
        }
        catch (Exception error) when (error is InvalidOperationException or TimeoutException)
        {
            await served.DisposeAsync();
            Assert.Fail($"{error.Message}\n{served.Output}");
        }

        return served;
    }

    private string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private void Read(string? line, TaskCompletionSource<string>? ready)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        var at = line.IndexOf(UrlLabel, StringComparison.Ordinal);
        if (ready is not null && at >= 0)
        {
            ready.TrySetResult(line[(at + UrlLabel.Length)..].Trim().Replace("/api_v3", "", StringComparison.Ordinal));
        }
    }
}
