namespace KalturaGen.Generator;

/// <summary>Names of the tracked pipeline steps, so tests can check what each run reused.</summary>
internal static class TrackingNames
{
    public const string SchemaInputs = nameof(SchemaInputs);
    public const string ParseResults = nameof(ParseResults);
    public const string Diagnostics = nameof(Diagnostics);
    public const string Models = nameof(Models);
    public const string OutputItems = nameof(OutputItems);
}
