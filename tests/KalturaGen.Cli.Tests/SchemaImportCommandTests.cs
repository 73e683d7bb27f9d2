using System.CommandLine;
using System.Text.Json.Nodes;
using KalturaGen.Cli.SchemaImport;

namespace KalturaGen.Cli.Tests;

public sealed class SchemaImportCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("kgen-import-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public async Task ImportWritesTheDocumentAndReportsWarnings()
    {
        var xml = await WriteSampleAsync();
        var output = Path.Combine(_dir.FullName, "out", "api.kgen.json");

        var (exit, stdout, stderr) = await RunAsync("schema", "import", xml, "--services", "uploadtoken,attachment_attachmentasset", "--out", output);

        Assert.Equal(0, exit);
        Assert.Contains("2 services", stdout, StringComparison.Ordinal);
        Assert.Contains("warning: KalturaMissingPluginType", stderr, StringComparison.Ordinal);
        var doc = JsonNode.Parse(await File.ReadAllTextAsync(output))!;
        Assert.Equal(["uploadtoken", "attachment_attachmentasset"], doc["services"]!.AsObject().Select(s => s.Key));
        Assert.Contains("\"message\": \"Upload token not found\"", await File.ReadAllTextAsync(output), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OverlayIsMergedOverTheImport()
    {
        var xml = await WriteSampleAsync();
        var overlay = Path.Combine(_dir.FullName, "overlay.json");
        await File.WriteAllTextAsync(overlay, """
            {
              "definitions": { "KalturaMissingPluginType": { "type": "object", "properties": { "title": { "type": "string" } } } },
              "services": { "uploadtoken": { "description": "Curated.", "actions": { "delete": null } } },
              "errors": { "ENTRY_ID_NOT_FOUND": { "message": "Entry id \"@ENTRY_ID@\" not found", "args": ["ENTRY_ID"] } }
            }
            """);
        var output = Path.Combine(_dir.FullName, "api.kgen.json");

        var (exit, _, _) = await RunAsync("schema", "import", xml, "-s", "uploadtoken", "-s", "attachmentAsset", "-o", output, "--overlay", overlay);

        Assert.Equal(0, exit);
        var doc = JsonNode.Parse(await File.ReadAllTextAsync(output))!;
        Assert.Equal("""{"title":{"type":"string"}}""", doc["definitions"]!["KalturaMissingPluginType"]!["properties"]!.ToJsonString());
        Assert.Equal("Curated.", doc["services"]!["uploadtoken"]!["description"]!.GetValue<string>());
        Assert.Equal(["upload", "list"], doc["services"]!["uploadtoken"]!["actions"]!.AsObject().Select(a => a.Key));
        Assert.NotNull(doc["errors"]!["ENTRY_ID_NOT_FOUND"]);
        Assert.NotNull(doc["errors"]!["UPLOAD_TOKEN_NOT_FOUND"]);
    }

    [Fact]
    public async Task UnknownServiceFailsWithAClearMessageAndWritesNothing()
    {
        var xml = await WriteSampleAsync();
        var output = Path.Combine(_dir.FullName, "api.kgen.json");

        var (exit, _, stderr) = await RunAsync("schema", "import", xml, "--services", "nosuch", "--out", output);

        Assert.Equal(1, exit);
        Assert.Contains("error: The XML has no service \"nosuch\"", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task ASchemaTheGeneratorRejectsIsNotWrittenAndItsDiagnosticsAreShown()
    {
        // Kaltura's generator would happily emit a property named "file-name"; ours reports KGEN008 (SchemaParser).
        var xml = Path.Combine(_dir.FullName, "KalturaClient.xml");
        await File.WriteAllTextAsync(xml, """
            <?xml version="1.0"?>
            <xml apiVersion="22.0.0">
              <enums/>
              <classes>
                <class name="KalturaThing" description="">
                  <property name="file-name" type="string" readOnly="0" insertOnly="0" writeOnly="0" description=""/>
                </class>
              </classes>
              <services>
                <service id="thing" name="thing">
                  <action name="get" description="">
                    <result type="KalturaThing"/>
                  </action>
                </service>
              </services>
            </xml>
            """);
        var output = Path.Combine(_dir.FullName, "api.kgen.json");

        var (exit, _, stderr) = await RunAsync("schema", "import", xml, "--out", output);

        Assert.Equal(1, exit);
        Assert.False(File.Exists(output));
        Assert.Contains($"error: the generator would reject the imported schema, so {output} is not written:", stderr, StringComparison.Ordinal);
        Assert.Matches(@"api\.kgen\.json\(\d+,\d+\): error KGEN008: 'file-name' cannot be used as the C# name of a property of class 'KalturaThing' \(at definitions\.KalturaThing\.properties\.file-name\)", stderr);
    }

    [Fact]
    public async Task ManyWarningsOfOneKindAreCountedAndVerboseListsThemAll()
    {
        // Eight actions throwing codes the file does not define (OTT 5.2.3 has over 700), and two other warnings.
        var actions = string.Concat(Enumerable.Range(1, 8).Select(i => $"""
                  <action name="a{i}" description=""><result type="string"/><throws name="NOT_DEFINED_{i}"/></action>
            """));
        var xml = Path.Combine(_dir.FullName, "KalturaClient.xml");
        await File.WriteAllTextAsync(xml, $"""
            <?xml version="1.0"?>
            <xml apiVersion="22.0.0">
              <enums><enum name="KalturaEmpty" enumType="int"/></enums>
              <classes><class name="KalturaThing" description=""><property name="owner" type="KalturaPluginOwner" readOnly="0" insertOnly="0" writeOnly="0" description=""/><property name="kind" type="int" enumType="KalturaEmpty" readOnly="0" insertOnly="0" writeOnly="0" description=""/></class></classes>
              <services>
                <service id="thing" name="thing">
                  <action name="get" description=""><result type="KalturaThing"/></action>
            {actions}
                </service>
              </services>
              <errors/>
            </xml>
            """);
        var output = Path.Combine(_dir.FullName, "api.kgen.json");

        var (exit, _, summary) = await RunAsync("schema", "import", xml, "--out", output);
        var (verboseExit, _, all) = await RunAsync("schema", "import", xml, "--out", output, "--verbose");

        Assert.Equal((0, 0), (exit, verboseExit));
        var counted = summary.Split('\n').Where(l => l.StartsWith("warning: thing.a", StringComparison.Ordinal)).ToList();
        Assert.Equal(["warning: thing.a1 throws NOT_DEFINED_1", "warning: thing.a2 throws NOT_DEFINED_2", "warning: thing.a3 throws NOT_DEFINED_3"], counted.Select(l => l[..l.IndexOf(',', StringComparison.Ordinal)]));
        Assert.Contains("warning: ... and 5 more throws of error codes the XML does not define, left out (--verbose lists every warning)", summary, StringComparison.Ordinal);
        Assert.Contains("warning: KalturaPluginOwner is referenced but not defined in the XML", summary, StringComparison.Ordinal);
        Assert.Contains("warning: Enum KalturaEmpty has no values.", summary, StringComparison.Ordinal);
        Assert.Equal(8, all.Split('\n').Count(l => l.StartsWith("warning: thing.a", StringComparison.Ordinal)));
        Assert.DoesNotContain("more throws", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingXmlFailsWithAClearMessage()
    {
        var (exit, _, stderr) = await RunAsync("schema", "import", Path.Combine(_dir.FullName, "none.xml"), "--services", "media", "--out", "x.json");

        Assert.Equal(1, exit);
        Assert.Contains("does not exist", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadOverlayFailsWithAClearMessage()
    {
        var xml = await WriteSampleAsync();
        var overlay = Path.Combine(_dir.FullName, "overlay.json");
        await File.WriteAllTextAsync(overlay, """{ "servicez": {} }""");

        var (exit, _, stderr) = await RunAsync("schema", "import", xml, "--services", "uploadtoken", "--out", Path.Combine(_dir.FullName, "o.json"), "--overlay", overlay);

        Assert.Equal(1, exit);
        Assert.Contains("unknown top-level key \"servicez\"", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ServicesAndOutAreRequired()
    {
        var root = new RootCommand { SchemaImportCommand.CreateCommand() };

        Assert.NotEmpty(root.Parse(["schema", "import", "a.xml"]).Errors);
        Assert.Empty(root.Parse(["schema", "import", "a.xml", "--services", "media", "--out", "o.json"]).Errors);
    }

    private async Task<string> WriteSampleAsync()
    {
        var path = Path.Combine(_dir.FullName, "KalturaClient.xml");
        await using (var sample = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Import", "SampleKalturaClient.xml")))
        await using (var copy = File.Create(path))
        {
            await sample.CopyToAsync(copy);
        }

        return path;
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        var root = new RootCommand { SchemaImportCommand.CreateCommand() };
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr });
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
