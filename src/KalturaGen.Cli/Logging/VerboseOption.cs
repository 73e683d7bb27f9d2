using System.CommandLine;
using Microsoft.Extensions.Logging;

namespace KalturaGen.Cli.Logging;

/// <summary>
/// <c>--verbose</c>: the client's, the upload engine's and the embedded simulator's logs on stderr (failed calls,
/// retries with their reason, failed uploads; the simulator's failed actions). Without it the client and the engine log
/// nothing.
/// </summary>
internal sealed class VerboseOption
{
    private readonly Option<bool> _verbose = new("--verbose", "-v")
    {
        Description = "Log the client's calls that fail, the engine's retries and failures (and the embedded simulator's failed actions) on stderr.",
    };

    public void AddTo(Command command) => command.Add(_verbose);

    /// <summary>The logger factory of the command: stderr with <c>--verbose</c>, else none (nothing is logged).</summary>
    public ILoggerFactory? CreateLoggerFactory(ParseResult parse) =>
        parse.GetValue(_verbose)
            ? LoggerFactory.Create(logging => logging
                .AddProvider(new TextWriterLoggerProvider(parse.InvocationConfiguration.Error))
                .SetMinimumLevel(LogLevel.Debug)

                // The simulator's per-request lines would drown everything else; its failed actions stay.
                .AddFilter("KalturaGen.Simulator", LogLevel.Information))
            : null;
}
