using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace KalturaGen.Generator.Tests.Packaging;

/// <summary>
/// schema/README.md's "regenerate after a Kaltura release" recipe, followed as written: its SDK project (the
/// <c>xml</c> block, our packages at the test version) and its pack command, over a schema. The package must carry the
/// compiled SDK in the namespace the recipe names and depend on KalturaGen.Runtime only.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed partial class SdkRecipeTests(PackageFeedFixture feed)
{
    [Fact]
    public async Task TheReadmeRecipePacksTheSdkWithTheRuntimeAsItsOnlyDependency()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(TestPaths.RepositoryRoot, "schema", "README.md"));
        var project = XmlBlock().Match(readme);
        Assert.True(project.Success, "schema/README.md has no SDK project block.");
        var pack = PackCommand().Match(readme);
        Assert.True(pack.Success, "schema/README.md has no pack command.");

        var directory = Path.Combine(feed.Root, "MyKaltura");
        Directory.CreateDirectory(directory);
        var csproj = Regex.Replace(project.Groups["xml"].Value, @"(Include=""KalturaGen\.\w+"" Version="")[^""]+", "${1}" + feed.Version);
        await File.WriteAllTextAsync(Path.Combine(directory, "MyKaltura.csproj"), csproj);
        File.Copy(Path.Combine(TestPaths.RepositoryRoot, "schema", "kaltura-ingestion.kgen.json"), Path.Combine(directory, "kaltura.kgen.json"));

        // "dotnet pack MyKaltura -c Release -p:Version=22.15.0 -o ./packages", run where the recipe runs it.
        await DotNetCli.RunAsync(feed.Root, [.. pack.Groups["arguments"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)]);

        var package = Path.Combine(feed.Root, "packages", "MyCompany.Kaltura.22.15.0.nupkg");
        Assert.True(File.Exists(package), $"{package} was not written.");
        using var archive = ZipFile.OpenRead(package);
        var nuspec = XDocument.Load(archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        var dependencies = nuspec.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => (string?)e.Attribute("id")).Distinct().ToList();
        Assert.Equal(["KalturaGen.Runtime"], dependencies);

        var dll = archive.Entries.Single(e => e.FullName == "lib/net10.0/MyKaltura.dll");
        using var stream = new MemoryStream();
        await using (var entry = dll.Open())
        {
            await entry.CopyToAsync(stream);
        }

        stream.Position = 0;
        using var reader = new PEReader(stream);
        var metadata = reader.GetMetadataReader();
        var types = metadata.TypeDefinitions.Select(h => metadata.GetTypeDefinition(h))
            .Select(t => metadata.GetString(t.Namespace) + "." + metadata.GetString(t.Name)).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("MyCompany.Kaltura.KalturaClient", types);
        Assert.Contains("MyCompany.Kaltura.Models.MediaEntry", types);
        Assert.Contains("MyCompany.Kaltura.Api.IUploadTokenApi", types);
    }

    [GeneratedRegex(@"3\. The SDK project.*?```xml\n(?<xml>.*?)```", RegexOptions.Singleline)]
    private static partial Regex XmlBlock();

    [GeneratedRegex(@"^\s*dotnet (?<arguments>pack MyKaltura [^#\n]*?)\s*$", RegexOptions.Multiline)]
    private static partial Regex PackCommand();
}
