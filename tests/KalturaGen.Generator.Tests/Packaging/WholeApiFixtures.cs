namespace KalturaGen.Generator.Tests.Packaging;

/// <summary>Kaltura's official schema files beside the repository.</summary>
internal static class WholeApiFixtures
{
    public const string Vpaas311 = "KalturaClient-3.1.1.xml";
    public const string Ott523 = "KalturaOttClient-5.2.3.xml";

    public static string PathOf(string fixture) => Path.GetFullPath(Path.Combine(TestPaths.RepositoryRoot, "..", "shared", "fixtures", fixture));
}
