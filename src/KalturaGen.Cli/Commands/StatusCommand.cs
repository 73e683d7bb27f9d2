using System.CommandLine;
using KalturaGen.Cli.Connection;
using KalturaGen.Cli.Display;
using KalturaGen.Cli.Logging;
using KalturaGen.Client.Enums;
using KalturaGen.Client.Upload;

namespace KalturaGen.Cli.Commands;

/// <summary>
/// <c>status &lt;token&gt;</c>: an upload token's status and how many contiguous bytes the server holds. It needs a server
/// (--service-url or KALTURA_SERVICE_URL); the in-process simulator would start empty.
/// </summary>
internal static class StatusCommand
{
    public static Command Create(CliHost host)
    {
        var token = new Argument<string>("token") { Description = "The upload token id." }.RejectOptionLike();
        var connection = new ConnectionOptions();
        var outputOptions = new OutputOptions();
        var verbose = new VerboseOption();
        var command = new Command("status", "Show an upload token's state.") { token };
        connection.AddTo(command);
        outputOptions.AddTo(command);
        verbose.AddTo(command);
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, async output =>
        {
            using var logging = verbose.CreateLoggerFactory(parse);
            var settings = connection.Resolve(parse, host.PromptSecret) with { LoggerFactory = logging };
            if (settings.ServiceUrl is null)
            {
                // An in-process simulator starts empty: no token of an earlier run is there to look up.
                throw new CliInputException(
                    "status needs a server: pass --service-url (or set KALTURA_SERVICE_URL) with --partner-id and --admin-secret "
                    + "(or KALTURA_PARTNER_ID and KALTURA_ADMIN_SECRET), e.g. a Kaltura or `kalturagen serve`.");
            }

            await using var open = await host.Connect(settings, cancellationToken).ConfigureAwait(false);
            var info = await new KalturaUploadTokenApi(open.Client.UploadToken).GetAsync(parse.GetValue(token)!, cancellationToken).ConfigureAwait(false);
            if (outputOptions.Resolve(parse) == OutputMode.Json)
            {
                await output.WriteLineAsync(ResultJson.Status(info, info.Status.ToString())).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            await output.WriteLineAsync($"token    {info.Id}").ConfigureAwait(false);
            await output.WriteLineAsync($"status   {info.Status}").ConfigureAwait(false);
            await output.WriteLineAsync($"file     {info.FileName ?? "-"}").ConfigureAwait(false);
            await output.WriteLineAsync($"size     {info.FileSize?.ToString() ?? "-"}").ConfigureAwait(false);
            await output.WriteLineAsync($"uploaded {info.UploadedFileSize?.ToString() ?? "0"} contiguous bytes").ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }
}
