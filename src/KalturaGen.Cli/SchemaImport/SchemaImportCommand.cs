using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using KalturaGen.Schema.Import;

namespace KalturaGen.Cli.SchemaImport;

/// <summary>
/// <c>kalturagen schema import &lt;KalturaClient.xml&gt; --out file.kgen.json [--services uploadtoken,media] [--overlay overlay.json] [--verbose]</c>:
/// turns Kaltura's official schema XML (the whole API, or the services named) into the kgen format. The result is
/// checked with the generator's own validation first: a schema the generator would reject is reported (KGEN ids,
/// places, JSON paths) and not written, and the command exits with 1.
/// </summary>
public static class SchemaImportCommand
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        // Messages and descriptions stay readable ("Entry id \"@ENTRY_ID@\"" rather than \u0022 escapes).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The <c>schema</c> command with its <c>import</c> subcommand.</summary>
    public static Command CreateCommand()
    {
        var xml = new Argument<FileInfo>("xml") { Description = "Kaltura's schema XML (KalturaClient.xml, served by the API at /api_v3/api_schema.php)." };
        var services = new Option<string[]>("--services", "-s")
        {
            Description = "Only these services, by wire id or client name, comma-separated (uploadtoken,media,baseentry,...); default: every service of the file.",
            AllowMultipleArgumentsPerToken = true,
        };
        var output = new Option<FileInfo>("--out", "-o") { Description = "The *.kgen.json file to write.", Required = true };
        var overlay = new Option<FileInfo?>("--overlay") { Description = "A partial *.kgen.json merged over the import: the hand-curated part." };
        var title = new Option<string>("--title") { Description = "info.title of the result.", DefaultValueFactory = _ => "Kaltura API" };
        var verbose = new Option<bool>("--verbose", "-v")
        {
            Description = $"List every warning (by default a kind with more than {ImportWarningReport.ListedPerKind} shows three and a count).",
        };

        var import = new Command("import", "Import Kaltura's official schema XML into the kgen format.") { xml, services, output, overlay, title, verbose };
        import.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetRequiredValue(xml),
            [.. (parse.GetValue(services) ?? []).SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
            parse.GetRequiredValue(output),
            parse.GetValue(overlay),
            parse.GetRequiredValue(title),
            parse.GetValue(verbose),
            parse.InvocationConfiguration,
            cancellationToken));

        return new Command("schema", "Work with KalturaGen schema descriptions.") { import };
    }

    private static async Task<int> RunAsync(
        FileInfo xml,
        IReadOnlyList<string> services,
        FileInfo output,
        FileInfo? overlay,
        string title,
        bool verbose,
        InvocationConfiguration console,
        CancellationToken cancellationToken)
    {
        try
        {
            if (!xml.Exists)
            {
                throw new SchemaImportException($"{xml.FullName} does not exist.");
            }

            var overlayDocument = overlay is null ? null : await ReadOverlayAsync(overlay, cancellationToken);
            SchemaImportResult result;
            await using (var stream = xml.OpenRead())
            {
                result = await XmlSchemaImporter.ImportAsync(stream, new SchemaImportOptions(services, title, overlayDocument), cancellationToken);
            }

            foreach (var line in ImportWarningReport.Lines(result.Warnings, verbose))
            {
                await console.Error.WriteLineAsync(line);
            }

            // The generator's own validation runs over the very text that would be written: a schema it rejects is not written.
            var text = result.Document.ToJsonString(Indented) + "\n";
            var problems = GeneratorSchemaCheck.Run(output.FullName, text, cancellationToken);
            foreach (var problem in problems.Where(p => !p.IsError))
            {
                await console.Error.WriteLineAsync("warning: " + problem.Text);
            }

            if (problems.Any(p => p.IsError))
            {
                await console.Error.WriteLineAsync($"error: the generator would reject the imported schema, so {output.FullName} is not written:");
                foreach (var problem in problems.Where(p => p.IsError))
                {
                    await console.Error.WriteLineAsync("  " + problem.Text);
                }

                return 1;
            }

            output.Directory?.Create();
            await File.WriteAllTextAsync(output.FullName, text, cancellationToken);
            await console.Output.WriteLineAsync(
                $"Wrote {output.FullName}: {result.Document["services"]!.AsObject().Count} services, " +
                $"{result.Document["definitions"]!.AsObject().Count} types, {result.Document["errors"]!.AsObject().Count} errors.");
            return 0;
        }
        catch (SchemaImportException e)
        {
            await console.Error.WriteLineAsync("error: " + e.Message);
            return 1;
        }
    }

    private static async Task<JsonObject> ReadOverlayAsync(FileInfo overlay, CancellationToken cancellationToken)
    {
        if (!overlay.Exists)
        {
            throw new SchemaImportException($"{overlay.FullName} does not exist.");
        }

        try
        {
            await using var stream = overlay.OpenRead();
            return await JsonNode.ParseAsync(stream, cancellationToken: cancellationToken) as JsonObject
                ?? throw new SchemaImportException($"{overlay.FullName} is not a JSON object.");
        }
        catch (JsonException e)
        {
            throw new SchemaImportException($"{overlay.FullName} is not valid JSON: {e.Message}", e);
        }
    }
}
