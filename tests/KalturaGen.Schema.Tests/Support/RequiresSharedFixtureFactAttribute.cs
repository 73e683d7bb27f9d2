namespace KalturaGen.Schema.Tests.Support;

/// <summary>
/// A fact that needs the official Kaltura schema XML from ../shared/fixtures. A clone of the repository
/// alone has no ../shared, so the test is skipped there with the reason instead of failing.
/// </summary>
public sealed class RequiresSharedFixtureFactAttribute : FactAttribute
{
    public RequiresSharedFixtureFactAttribute()
    {
        if (RepositoryPaths.OfficialFixtureXml is null)
        {
            Skip = "../shared/fixtures/KalturaClient-3.1.1.xml is absent (it lives outside the repository).";
        }
    }
}
