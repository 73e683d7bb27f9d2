using System.CommandLine;
using KalturaGen.Cli.Commands;
using KalturaGen.Cli.SchemaImport;

namespace KalturaGen.Cli;

/// <summary>The kalturagen command line: upload (the main command), serve, status and schema import.</summary>
public static class CliApp
{
    /// <summary>Builds the root command.</summary>
    public static RootCommand CreateRootCommand() => CreateRootCommand(CliHost.Default);

    /// <summary>Builds the root command on <paramref name="host"/> (tests: their simulator and clock).</summary>
    internal static RootCommand CreateRootCommand(CliHost host)
    {
        var root = new RootCommand("KalturaGen: upload files to Kaltura (or its simulator) with a parallel, resumable chunk engine.")
        {
            UploadCommand.Create(host),
            StatusCommand.Create(host),
            ServeCommand.Create(),
            SchemaImportCommand.CreateCommand(),
        };
        return root;
    }

    /// <summary>
    /// Parses and runs <paramref name="args"/>. A parse error (an unknown option, a missing or unreadable value) prints
    /// the errors and the usage, and exits 2 (<see cref="ExitCodes.BadInput"/>) as every other bad input does.
    /// </summary>
    internal static async Task<int> InvokeAsync(RootCommand root, string[] args, InvocationConfiguration configuration, CancellationToken cancellationToken)
    {
        var parse = root.Parse(args);
        var exitCode = await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        return parse.Errors.Count > 0 ? ExitCodes.BadInput : exitCode;
    }

    /// <summary>
    /// Runs the command line. Ctrl-C (SIGINT) and SIGTERM cancel the running command, which stops its uploads
    /// with their checkpoints written and exits 130; a second Ctrl-C ends the process at once.
    /// </summary>
    public static async Task<int> RunAsync(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        void Stop(object? sender, ConsoleCancelEventArgs e)
        {
            e.Cancel = !cancel.IsCancellationRequested;
            cancel.Cancel();
        }

        Console.CancelKeyPress += Stop;
        using var term = System.Runtime.InteropServices.PosixSignalRegistration.Create(
            System.Runtime.InteropServices.PosixSignal.SIGTERM,
            context =>
            {
                context.Cancel = true;
                cancel.Cancel();
            });
        try
        {
            // The process's signals are handled here, so the parser's own handler (which gives up after a timeout) is off.
            var configuration = new InvocationConfiguration { ProcessTerminationTimeout = null };
            return await InvokeAsync(CreateRootCommand(), args, configuration, cancel.Token).ConfigureAwait(false);
        }
        finally
        {
            Console.CancelKeyPress -= Stop;
        }
    }
}
