using KalturaGen.Simulator.State;

namespace KalturaGen.Simulator.Processing;

/// <summary>
/// The bytes of abandoned uploads. A PARTIAL token idle past the server's resume limit (604800 s) can never be
/// uploaded to again (UPLOAD_PASSED_MAX_RESUME_TIME_ALLOWED) nor complete, so its file and parked chunks are
/// unreachable: they are deleted once the simulator clock passes the limit. The token itself stays as the server
/// keeps it (PARTIAL, its sizes unchanged). Runs under the state gate.
/// </summary>
internal static class AbandonedUploads
{
    /// <summary>Deletes the bytes of every PARTIAL token past the resume limit at <paramref name="now"/>.</summary>
    public static void Reclaim(SimulatorState state, long now)
    {
        foreach (var token in state.Tokens.Values)
        {
            if (token.File is { IsDeleted: false } file && token.IsPastResumeLimit(now))
            {
                file.Delete();
            }
        }
    }
}
