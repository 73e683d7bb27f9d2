using System.Text.RegularExpressions;

namespace KalturaGen.Generator.Tests.Packaging;

/// <summary>
/// The program a whole-API consumer runs: for every class of its schema (raw classes included), an instance from the
/// generated factory reads a JSON object with a value for each member of the class and its bases, and writes back
/// (snapshot) exactly those members. A member table whose base ends elsewhere throws at start-up; two properties
/// sharing a slot lose a value; an unknown member is not written back.
/// </summary>
internal static partial class WholeApiRoundTrip
{
    /// <summary>The last line of the program's output.</summary>
    [GeneratedRegex(@"round-tripped (?<classes>\d+) classes, (?<failed>\d+) failed")]
    public static partial Regex Summary();

    public static string Program(string rootNamespace) => """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Linq;
        using System.Text;
        using System.Text.Json;
        using System.Text.Json.Nodes;
        using KalturaGen.Runtime;

        var definitions = JsonNode.Parse(File.ReadAllText(args[0]))!["definitions"]!.AsObject();
        var failures = new List<string>();
        var classes = 0;
        foreach (var (name, definition) in definitions)
        {
            if (definition!["type"]?.ToJsonString() != "\"object\"")
            {
                continue;
            }

            classes++;
            try
            {
                var sample = new JsonObject();
                for (var type = definition; type is not null; type = Base(type))
                {
                    foreach (var (member, memberType) in type["properties"]?.AsObject() ?? [])
                    {
                        sample[member] ??= Sample(memberType!);
                    }
                }

                var instance = ROOT.Json.KalturaObjectFactory.Create(name) ?? throw new InvalidOperationException("the factory does not know it");
                instance.ReadFrom(JsonDocument.Parse(sample.ToJsonString()).RootElement);
                using var buffer = new MemoryStream();
                using (var writer = new Utf8JsonWriter(buffer))
                {
                    instance.WriteTo(writer, KalturaJsonWriteMode.Snapshot);
                }

                var written = JsonNode.Parse(Encoding.UTF8.GetString(buffer.ToArray()))!.AsObject().Select(m => m.Key).Where(k => k != "objectType").Order().ToList();
                var expected = sample.Select(m => m.Key).Order().ToList();
                if (!written.SequenceEqual(expected) || instance.AssignedProperties.Count != 0)
                {
                    failures.Add($"{name}: wrote [{string.Join(", ", written)}], expected [{string.Join(", ", expected)}], assigned {instance.AssignedProperties.Count}");
                }
            }
            catch (Exception error)
            {
                failures.Add($"{name}: {error.GetType().Name}: {error.InnerException?.Message ?? error.Message}");
            }
        }

        failures.ForEach(Console.WriteLine);
        Console.WriteLine($"round-tripped {classes} classes, {failures.Count} failed");
        return failures.Count == 0 ? 0 : 1;

        JsonNode? Base(JsonNode type) =>
            type["allOf"]?.AsArray().Select(a => a?["$ref"]?.GetValue<string>()).FirstOrDefault(r => r is not null) is { } reference
                ? definitions[reference.Split('/')[^1]]
                : null;

        JsonNode Sample(JsonNode type)
        {
            if (type["$ref"]?.GetValue<string>() is { } reference)
            {
                var target = definitions[reference.Split('/')[^1]]!;
                return target["x-enumValues"] is JsonArray { Count: > 0 } values ? values[0]!.DeepClone()
                    : target["type"]?.ToJsonString() == "\"object\"" ? new JsonObject()
                    : target["type"]?.ToJsonString() == "\"integer\"" ? JsonValue.Create(1)
                    : JsonValue.Create("v");
            }

            return type["type"]?.GetValue<string>() switch
            {
                "integer" => JsonValue.Create(1700000001),
                "number" => JsonValue.Create(1.5),
                "boolean" => JsonValue.Create(true),
                "array" => new JsonArray(),
                "object" => new JsonObject(),
                _ => JsonValue.Create("text"),
            };
        }
        """.Replace("ROOT.", rootNamespace + ".", StringComparison.Ordinal);
}
