using System.Reflection;
using System.Text.Json;
using KalturaGen.Generator.Tests.Packaging;
using KalturaGen.Generator.Tests.Refit;
using KalturaGen.Generator.Tests.TestHelpers;
using KalturaGen.Runtime;
using Microsoft.CodeAnalysis;

namespace KalturaGen.Generator.Tests.Import;

/// <summary>
/// A class the official XML references but does not define (a plugin's type) survives the whole path: the import
/// warns and writes it as a raw object, the generated SDK compiles, and a response carrying it reads into an object
/// that hands back the JSON the server sent and writes it back as read.
/// </summary>
public sealed class RawObjectImportTests : IDisposable
{
    private const string Xml = """
        <?xml version="1.0"?>
        <xml apiVersion="22.0.0">
          <enums/>
          <classes>
            <class name="KalturaEvent" description="">
              <property name="id" type="int" readOnly="1" insertOnly="0" writeOnly="0" description=""/>
              <property name="plugin" type="KalturaPluginData" readOnly="0" insertOnly="0" writeOnly="0" description=""/>
            </class>
          </classes>
          <services>
            <service id="event" name="event">
              <action name="get" description="">
                <param name="id" type="int" optional="0" description=""/>
                <result type="KalturaEvent"/>
              </action>
            </service>
          </services>
        </xml>
        """;

    private const string Plugin = """{"objectType":"KalturaPluginDataExtra","count":3,"tags":["a","b"],"nested":{"objectType":"KalturaX","on":true}}""";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "kalturagen-raw-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task AnUndefinedClassIsImportedGeneratedAndReadAsRawJson()
    {
        Directory.CreateDirectory(_root);
        var xml = Path.Combine(_root, "KalturaClient.xml");
        var schema = Path.Combine(_root, "api.kgen.json");
        await File.WriteAllTextAsync(xml, Xml);

        var import = await DotNetCli.RunAsync(_root, Cli, "schema", "import", xml, "--out", schema);
        Assert.Contains("warning: KalturaPluginData is referenced but not defined in the XML (used by KalturaEvent.plugin)", import, StringComparison.Ordinal);

        var run = GeneratorHarness.Run(await File.ReadAllTextAsync(schema));
        Assert.Empty(run.Diagnostics);
        Assert.DoesNotContain(run.CompilationProblems, d => d.Severity == DiagnosticSeverity.Error);
        var sdk = RefitStubCompiler.WithOurImplementations(run);
        var options = (JsonSerializerOptions)sdk.GetType($"{GeneratorHarness.DefaultNamespace}.Json.KalturaJsonTypeInfoResolver")!
            .GetProperty("Options", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        var eventType = sdk.GetType($"{GeneratorHarness.DefaultNamespace}.Models.Event")!;

        var read = JsonSerializer.Deserialize($$"""{"objectType":"KalturaEvent","id":7,"plugin":{{Plugin}}}""", eventType, options)!;

        var plugin = Assert.IsAssignableFrom<KalturaRawObject>(eventType.GetProperty("Plugin")!.GetValue(read));
        Assert.Equal($"{GeneratorHarness.DefaultNamespace}.Models.PluginData", plugin.GetType().FullName);
        Assert.Equal("KalturaPluginDataExtra", plugin.ObjectType);
        Assert.Equal(3, plugin.Members["count"].GetInt32());
        Assert.Equal("""{"objectType":"KalturaX","on":true}""", plugin.Members["nested"].GetRawText());
        Assert.Equal(Plugin, plugin.ToJson());
        Assert.Equal(Plugin, JsonSerializer.Serialize(plugin, plugin.GetType(), options));
    }

    private static string Cli => typeof(RawObjectImportTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "KalturaGenCli").Value!;
}
