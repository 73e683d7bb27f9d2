using System.Diagnostics;

namespace KalturaGen.Generator.Tests.Packaging;

/// <summary>Runs a built program and returns its standard output; fails the test when it exits non-zero.</summary>
internal static class ProcessRunner
{
    public static Task<string> RunAsync(string program, params string[] arguments) =>
        RunAsync(program, new Dictionary<string, string>(), arguments);

    /// <summary>Runs <paramref name="program"/> with <paramref name="environment"/> added to this process's environment.</summary>
    public static async Task<string> RunAsync(string program, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{program} exited with {process.ExitCode}:\n{await stdout}{await stderr}");
        return await stdout;
    }
}
