namespace KalturaGen.Generator.Tests.TestHelpers;

/// <summary>The repository's real schema, generated as KalturaGen.Client generates it.</summary>
internal static class IngestionSchema
{
    public static string Path => System.IO.Path.Combine(TestPaths.RepositoryRoot, "schema", "kaltura-ingestion.kgen.json");

    public static string Text => File.ReadAllText(Path);

    public static GeneratorRun Generate() =>
        GeneratorHarness.Run(Text, "/repo/schema/kaltura-ingestion.kgen.json", GeneratorHarness.Options("KalturaGen.Client"));
}
