namespace KalturaGen.Generator.Tests.Packaging;

/// <summary>A fact that drives a server with Kaltura's official Node client: skipped, with the reason, without node.</summary>
public sealed class RequiresNodeFactAttribute : FactAttribute
{
    public RequiresNodeFactAttribute()
    {
        var paths = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator);
        if (!paths.Any(directory => File.Exists(Path.Combine(directory, "node"))))
        {
            Skip = "Needs node (and npm, to install the conformance project's Kaltura client) on the PATH.";
        }
    }
}
