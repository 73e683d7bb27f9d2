namespace KalturaGen.Generator.Tests.Packaging;

/// <summary>
/// A fact over Kaltura's official schema files in ../shared/fixtures. A clone of the repository alone has no
/// ../shared, so the test is skipped there with the reason instead of failing.
/// </summary>
public sealed class RequiresSharedFixturesFactAttribute : FactAttribute
{
    public RequiresSharedFixturesFactAttribute(string fixture)
    {
        if (!File.Exists(WholeApiFixtures.PathOf(fixture)))
        {
            Skip = $"../shared/fixtures/{fixture} is absent (it lives outside the repository).";
        }
    }
}
