using System.CommandLine;
using KalturaGen.Cli.Commands;
using KalturaGen.Cli.SchemaImport;

namespace KalturaGen.Cli;

/// <summary>The kalturagen command line: upload (the main command), serve, status and schema import.</summary>
public static class CliApp
{
    /// <summary>Builds the root command.</summary>
    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand("KalturaGen: upload files to Kaltura (or its simulator) with a parallel, resumable chunk engine.")
        {
            UploadCommand.Create(),
            StatusCommand.Create(),
            ServeCommand.Create(),
            SchemaImportCommand.CreateCommand(),
        };
        return root;
    }

    /// <summary>Runs the command line; Ctrl-C cancels the running command, which leaves a resumable state.</summary>
    public static Task<int> RunAsync(string[] args) => CreateRootCommand().Parse(args).InvokeAsync();
}
