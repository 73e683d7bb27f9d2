namespace KalturaGen.Schema.Tests.Support;

/// <summary>Locates the schema files copied next to the tests and the optional ../shared folder.</summary>
internal static class RepositoryPaths
{
    /// <summary>The schema folder copied into the test output (see the csproj).</summary>
    public static string SchemaDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "schema");

    public static string MetaSchemaPath { get; } = Path.Combine(SchemaDirectory, "kgen.meta.schema.json");

    public static string IngestionSchemaPath { get; } = Path.Combine(SchemaDirectory, "kaltura-ingestion.kgen.json");

    /// <summary>Every schema description in the repository.</summary>
    public static IReadOnlyList<string> SchemaDescriptions() =>
        Directory.GetFiles(SchemaDirectory, "*.kgen.json").Order(StringComparer.Ordinal).ToList();

    /// <summary>The official 3.1.1 schema XML in ../shared/fixtures, or null when the clone has no ../shared.</summary>
    public static string? OfficialFixtureXml { get; } = FindSharedFile("fixtures", "KalturaClient-3.1.1.xml");

    private static string? FindSharedFile(params string[] parts)
    {
        // The repository root is the folder holding KalturaGen.sln; shared/ sits beside it.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KalturaGen.sln")))
            {
                var path = Path.Combine([dir.Parent?.FullName ?? dir.FullName, "shared", .. parts]);
                return File.Exists(path) ? path : null;
            }
        }

        return null;
    }
}
