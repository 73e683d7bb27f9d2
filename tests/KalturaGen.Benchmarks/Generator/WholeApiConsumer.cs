using System.Text.Json.Nodes;

namespace KalturaGen.Benchmarks.Generator;

/// <summary>
/// A consumer project of the whole imported API: the schema, the runtime (a project reference, built beforehand)
/// and one generator DLL as its analyzer, as a user's project has them. Without a generator it is the floor: the
/// same import, references and build with nothing generated to compile; with the declarations of another consumer's
/// output as its own sources (<see cref="CreateDeclarations"/>), the lower bound of any typed SDK of that surface.
/// </summary>
internal sealed class WholeApiConsumer
{
    private WholeApiConsumer(string folder) => Folder = folder;

    public string Folder { get; }

    private string Schema => Path.Combine(Folder, "api.kgen.json");

    /// <summary>Under obj/, where the project's default globs do not pick the written files up as sources.</summary>
    public string GeneratedFolder => Path.Combine(Folder, "obj", "generated");

    /// <summary>Writes the project (with no generator when <paramref name="generator"/> is null), imports once and restores it.</summary>
    public static WholeApiConsumer Create(string folder, string? generator)
    {
        Directory.CreateDirectory(folder);
        var consumer = new WholeApiConsumer(folder);
        var generation = generator is null ? string.Empty : $"""
            <Import Project="{BenchPaths.RepositoryRoot}/generator/KalturaGen.Generator/build/KalturaGen.Generator.props" />
              <ItemGroup>
                <Analyzer Include="{generator}" />
                <AdditionalFiles Include="api.kgen.json" />
              </ItemGroup>
            """;
        File.WriteAllText(Path.Combine(folder, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <RootNamespace>Vpaas.Api</RootNamespace>
                <CompilerGeneratedFilesOutputPath>$(BaseIntermediateOutputPath)generated</CompilerGeneratedFilesOutputPath>
                <!-- The declarations: properties without bodies are not assigned, fields not read. -->
                <NoWarn>$(NoWarn);CS8618;CS0649;CS0169</NoWarn>
              </PropertyGroup>
              {generation}
              <ItemGroup>
                <ProjectReference Include="{BenchPaths.RuntimeProject}" />
              </ItemGroup>
            </Project>
            """);
        consumer.Import();
        Processes.Run(folder, "dotnet", "restore", "-nodeReuse:false");
        return consumer;
    }

    /// <summary>
    /// A consumer without a generator whose sources are the declarations of <paramref name="generated"/>'s output
    /// (<see cref="DeclarationsOnly"/>); <paramref name="generated"/> must have written its files out
    /// (<see cref="CountGeneratedLines"/>).
    /// </summary>
    public static WholeApiConsumer CreateDeclarations(string folder, WholeApiConsumer generated)
    {
        if (DeclarationsOnly.Run(generated.GeneratedFolder, Path.Combine(folder, "src")) != 0)
        {
            throw new InvalidOperationException($"no generated files under {generated.GeneratedFolder}");
        }

        return Create(folder, generator: null);
    }

    /// <summary>One measured run: the import, then a full rebuild of the consumer (the runtime is not rebuilt) compiled by <paramref name="server"/>.</summary>
    public void ImportAndBuild(CompilerServer server)
    {
        Import();
        Processes.Run(Folder, "dotnet", ["build", "-c", "Release", "--no-restore", "--no-dependencies", "--no-incremental", "-nodeReuse:false", .. server.BuildArguments]);
    }

    /// <summary>Builds once writing the generated files out, and counts their lines per class and per action.</summary>
    public string CountGeneratedLines()
    {
        Processes.Run(Folder, "dotnet", "build", "-c", "Release", "--no-restore", "--no-dependencies", "--no-incremental", "-nodeReuse:false", "-p:EmitCompilerGeneratedFiles=true");
        var document = JsonNode.Parse(File.ReadAllText(Schema))!;
        var classes = document["definitions"]!.AsObject().Count(d => d.Value!["type"]?.ToJsonString() == "\"object\"");
        var actions = document["services"]!.AsObject().Sum(s => s.Value!["actions"]!.AsObject().Count);
        var lines = GeneratedLines.ByKind(GeneratedFolder);
        return $"{lines.Values.Sum()} lines; {lines.GetValueOrDefault("Model")} in {classes} classes ({Per(lines.GetValueOrDefault("Model"), classes)} per class); "
            + $"{GeneratedLines.PerAction(lines)} in {actions} actions ({Per(GeneratedLines.PerAction(lines), actions)} per action); "
            + string.Join(", ", lines.OrderByDescending(l => l.Value).Select(l => $"{l.Key} {l.Value}"));
    }

    private static string Per(int lines, int count) => count == 0 ? "-" : (lines / (double)count).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);

    private void Import() => Processes.Run(Folder, "dotnet", BenchPaths.Cli, "schema", "import", BenchPaths.Vpaas311, "--out", Schema);
}
