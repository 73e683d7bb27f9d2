using KalturaGen.Cli;

return await CliApp.RunAsync(args).ConfigureAwait(false);
