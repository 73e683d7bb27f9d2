namespace KalturaGen.Schema.Tests.Import;

/// <summary>
/// A small schema XML in Kaltura's format, with one thing of each kind the importer handles
/// (SampleKalturaClient.xml beside this file, copied to the output; the CLI's tests import the same file).
/// </summary>
internal static class SampleXml
{
    /// <summary>Where the file is in the test output.</summary>
    public static string Path { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "Import", "SampleKalturaClient.xml");

    /// <summary>The file's text.</summary>
    public static string Text { get; } = File.ReadAllText(Path);

    public static Stream Open() => File.OpenRead(Path);
}
