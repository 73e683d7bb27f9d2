using KalturaGen.Simulator;

namespace KalturaGen.Cli.Commands;

/// <summary>
/// The text <c>serve --help</c> shows: the simulator's settings (SimulatorOptions, read by SimulatorConfiguration), which
/// are ASP.NET Core configuration keys rather than declared options.
/// </summary>
internal static class ServeOptionsHelp
{
    public const string Text = $"""
        Run the Kaltura simulator on a local port. Settings are ASP.NET Core configuration: on the command line as below,
        as environment variables (Simulator__ConversionTime=00:00:03) or in appsettings.json (section Simulator).

          --urls <urls>                                 where to listen, e.g. http://127.0.0.1:5080
          --Simulator:ClockMode <system|manual>         real time (default) or a clock moved only through the admin API
          --Simulator:ConversionTime <hh:mm:ss>         PRECONVERT to READY (default 00:00:03)
          --Simulator:ImportTime <hh:mm:ss>             IMPORT to PRECONVERT for URL imports (default 00:00:01)
          --Simulator:BulkUploadStepTime <hh:mm:ss>     each bulk job status step, PENDING to QUEUED to PROCESSING (default 00:00:01)
          --Simulator:FinalChunkWait <hh:mm:ss>         how long a final chunk waits for missing chunks (default 00:00:45)
          --Simulator:UrlFetchTimeout <hh:mm:ss>        URL import download limit (default 00:00:30)
          --Simulator:Partners:0:Id <id>                a partner (default 100); also :AdminSecret, :UserSecret,
                                                        :KsVersion (1|2), :KsMaxExpirySeconds, :Blocked, :Features:0,
                                                        :ModerateContent (new entries wait for approval),
                                                        :DefaultConversionProfileId, :DefaultAccessControlId
          --Simulator:Partners:0:Features:0 <feature>   a partner feature: {PartnerFeatures.EntryReplacement},
                                                        {PartnerFeatures.EntryReplacementApproval}, {PartnerFeatures.RecycleBin},
                                                        {PartnerFeatures.FileTypeRestriction}
                                                        (partner 100 has entry replacement and the recycle bin)
          --Simulator:StorageDirectory <path>           where uploaded bytes live (default a fresh temp folder)
          --Simulator:Seed <n>                          ids and fraction faults repeatable
          --Simulator:AutoFinalizeAppendQuirk <bool>    reproduce Kaltura's autoFinalize quirk (default true)
          --Simulator:AdminToken <token>                the admin API's secret (default random, printed at start)
          --Simulator:AdminRemoteAccess <bool>          let the admin API answer other machines (default false)
          --Simulator:Limits:MaxBodyBytes <n>           also MaxInputVars, MaxFileUploads, MaxBulkFileBytes, MaxPendingChunks…

        Faults (HttpError, Delay, AbortRequest, AbortResponse, KalturaError) are injected at run time through the admin
        API: POST /__kalturagen/faults with the header X-KalturaGen-Admin-Token (see docs/simulator.md).
        """;
}
