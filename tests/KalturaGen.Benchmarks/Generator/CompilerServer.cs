using System.Runtime.InteropServices;

namespace KalturaGen.Benchmarks.Generator;

/// <summary>
/// The C# compiler server of one benchmark run, on a pipe of its own: builds are measured warm, as a developer builds,
/// even where the environment sets <c>UseSharedCompilation=false</c>, and no other build on the machine shares it.
/// </summary>
internal sealed class CompilerServer(string folder)
{
    private readonly string _pipe = $"kalturagen-wholeapi-bench-{Environment.ProcessId}";

    /// <summary>The MSBuild arguments that send a build's compilation to this server.</summary>
    public string[] BuildArguments => ["-p:UseSharedCompilation=true", $"-p:SharedCompilationId={_pipe}"];

    /// <summary>Stops the server (nothing happens when it is not running).</summary>
    public void Shutdown()
    {
        var sdk = Processes.Run(folder, "dotnet", "--version").Trim();
        var dotnetRoot = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var server = Path.Combine(dotnetRoot, "sdk", sdk, "Roslyn", "bincore", "VBCSCompiler.dll");
        Processes.Run(folder, "dotnet", server, "-shutdown", $"-pipename:{_pipe}");
    }
}
