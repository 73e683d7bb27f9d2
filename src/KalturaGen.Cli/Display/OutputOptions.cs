using System.CommandLine;

namespace KalturaGen.Cli.Display;

/// <summary>What a command prints on stdout.</summary>
internal enum OutputMode
{
    /// <summary>Progress, notes and the result lines.</summary>
    Normal,

    /// <summary>Only the result lines (errors still go to stderr).</summary>
    Quiet,

    /// <summary>Only a JSON document of the results (errors still go to stderr).</summary>
    Json,
}

/// <summary><c>--quiet</c> and <c>--json</c>, shared by the commands that report results.</summary>
internal sealed class OutputOptions
{
    private readonly Option<bool> _quiet = new("--quiet", "-q") { Description = "Print only the result lines and errors: no progress, no notes." };

    private readonly Option<bool> _json = new("--json") { Description = "Print only the results as JSON on stdout (errors on stderr); implies --quiet." };

    public void AddTo(Command command)
    {
        command.Add(_quiet);
        command.Add(_json);
    }

    public OutputMode Resolve(ParseResult parse) =>
        parse.GetValue(_json) ? OutputMode.Json : parse.GetValue(_quiet) ? OutputMode.Quiet : OutputMode.Normal;
}
