namespace KalturaGen.Simulator.Services.UploadTokens.Rules;

/// <summary>
/// <c>kUploadTokenMgr::uploadFileToToken</c> with autoFinalize, for an append (resumeAt=-1) and for resume=false:
/// whether the call finalizes the token. QUIRK (reproduced by default, see SimulatorOptions.AutoFinalizeAppendQuirk): the
/// server finalizes an append whenever the declared size is at least the current size, i.e. after any append that has
/// not exceeded it; with the switch off, it finalizes once the declared size is reached. A resume=false part finalizes
/// when it is exactly the declared size.
/// </summary>
internal static class AutoFinalizeAfterAppend
{
    /// <summary>Whether an append that left the file at <paramref name="current"/> bytes finalizes.</summary>
    public static bool FinalizesAppend(double declared, long current, bool appendQuirk) =>
        appendQuirk ? declared >= current : current >= declared;

    /// <summary>Whether a resume=false part of <paramref name="size"/> bytes finalizes.</summary>
    public static bool FinalizesReplacement(double? declared, long size) => declared == size;
}
