using KalturaGen.Generator.Tests.TestHelpers;

namespace KalturaGen.Generator.Tests;

/// <summary>Every generated file, compared with its committed snapshot.</summary>
public class SnapshotTests
{
    [Fact]
    public void IngestionSchemaOutputMatchesSnapshots()
    {
        var run = IngestionSchema.Generate();
        Assert.Empty(run.Diagnostics);
        Snapshots.Verify("kaltura-ingestion", run.Sources);
    }

    [Fact]
    public void SampleSchemaOutputMatchesSnapshots()
    {
        var run = GeneratorHarness.Run(File.ReadAllText(TestPaths.TestSchema("sample.kgen.json")));
        Assert.Empty(run.Diagnostics);
        Snapshots.Verify("sample", run.Sources);
    }
}
