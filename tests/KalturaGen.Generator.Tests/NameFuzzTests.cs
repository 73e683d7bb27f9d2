using System.Text.Json.Nodes;
using KalturaGen.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis.CSharp;

namespace KalturaGen.Generator.Tests;

/// <summary>
/// A seeded name fuzz: schemas whose services, actions, parameters, classes, properties and enum values are named from
/// C# keywords and the names the generated code and the runtime use themselves (members of models, clients, services,
/// multirequests, Refit interfaces), in several casings, stacked in class hierarchies. Every one must generate with no
/// diagnostic and compile with no error or warning: a clash the generator does not rename fails here. The schemas keep
/// the rules the schema format states (a class does not redeclare a property of its bases, an enum's members and a
/// service's actions differ in more than case, no parameter is named <c>cancellationToken</c>), which the generator
/// reports as KGEN errors instead.
/// </summary>
public sealed class NameFuzzTests
{
    private const int Seeds = 100;

    private static readonly string[] GeneratedNames =
    [
        "objectType", "assignedProperties", "isAssigned", "unassign", "clearAssignments", "writeTo", "readFrom", "markAssigned",
        "getValue", "setValue", "memberTable", "__members", "members", "beginProperty", "writeProperties", "readProperty",
        "equals", "getHashCode", "getType", "toString", "memberwiseClone", "finalize", "value", "name", "isKnown", "fromValue",
        "fromUtf8", "client", "api", "connection", "options", "dispose", "item", "parameters", "writeParameters",
        "cancellationToken", "service", "list", "listAll", "withResponse", "call", "calls", "batch", "add", "executeAsync",
        "kalturaService", "kalturaAction", "settings", "writer", "reader", "mode", "ks", "partnerId", "format", "clientTag",
        "http", "httpClient", "multiRequest", "createMultiRequest", "setObjectType", "toJson", "__value", "__page", "__filter",
        "__item", "_value", "response", "result", "objects", "totalCount", "id", "status", "type", "filter", "pager",
    ];

    private static readonly string[] Vocabulary = GeneratedNames
        .Concat(SyntaxFacts.GetKeywordKinds().Concat(SyntaxFacts.GetContextualKeywordKinds()).Select(SyntaxFacts.GetText))
        .Where(n => n.Length > 0 && (char.IsLetter(n[0]) || n[0] == '_') && n.All(c => char.IsLetterOrDigit(c) || c == '_'))
        .Distinct(StringComparer.Ordinal)
        .ToArray();

    public static TheoryData<int> SeedNumbers => [.. Enumerable.Range(1, Seeds)];

    [Theory]
    [MemberData(nameof(SeedNumbers))]
    public void SchemasNamedLikeKeywordsAndGeneratedMembersGenerateAndCompileCleanly(int seed)
    {
        var schema = new FuzzedSchema(new Random(seed), Vocabulary).Build();

        var run = GeneratorHarness.Run(schema.ToJsonString(), "/schemas/fuzz.kgen.json");

        Assert.True(run.Diagnostics.Length == 0, $"seed {seed}:\n{string.Join("\n", run.Diagnostics)}\n{schema}");
        var problems = run.CompilationProblems.Select(d => d.ToString()).ToList();
        Assert.True(problems.Count == 0, $"seed {seed}:\n{string.Join("\n", problems.Take(20))}\n{schema}");
    }

    /// <summary>One schema: enums, a three-level class hierarchy, a standalone class, services with actions.</summary>
    private sealed class FuzzedSchema(Random random, string[] vocabulary)
    {
        private readonly JsonObject _definitions = [];
        private readonly List<string> _enums = [];
        private readonly List<string> _classes = [];

        public JsonObject Build()
        {
            for (var i = 0; i < 3; i++)
            {
                AddEnum(i % 2 == 0);
            }

            string? parent = null;
            for (var depth = 0; depth < 3; depth++)
            {
                parent = AddClass(parent);
            }

            AddClass(null);
            var services = new JsonObject();
            var serviceNames = Names(3, caseInsensitive: true);
            foreach (var (id, index) in Names(3).Select((id, i) => (id, i)))
            {
                var actions = new JsonObject();
                foreach (var action in Names(5, caseInsensitive: true))
                {
                    var names = Names(random.Next(0, 5), exclude: ["cancellationToken"]);
                    var parameters = new JsonArray([.. names.Select(p => (JsonNode)TypeOf(new JsonObject { ["name"] = p }, allowArray: false))]);
                    var definition = new JsonObject { ["params"] = parameters };
                    if (random.Next(4) != 0)
                    {
                        definition["result"] = TypeOf(new JsonObject(), allowArray: true);
                    }

                    actions[action] = definition;
                }

                services[id] = new JsonObject { ["name"] = serviceNames[index], ["actions"] = actions };
            }

            return new JsonObject
            {
                ["info"] = new JsonObject { ["title"] = "fuzz", ["apiVersion"] = "1.0" },
                ["definitions"] = _definitions,
                ["services"] = services,
            };
        }

        private void AddEnum(bool isString)
        {
            var name = DefinitionName();
            var names = new JsonArray([.. Names(random.Next(1, 7), caseInsensitive: true).Select(n => (JsonNode)n)]);
            _definitions[name] = isString
                ? new JsonObject
                {
                    ["x-enumType"] = "string", ["type"] = "string",
                    ["x-enumValues"] = new JsonArray([.. names.Select((_, i) => (JsonNode)("v" + i))]),
                    ["x-enumNames"] = names,
                }
                : new JsonObject
                {
                    ["x-enumType"] = "int", ["type"] = "integer",
                    ["enum"] = new JsonArray([.. names.Select((_, i) => (JsonNode)i)]),
                    ["x-enumNames"] = names,
                };
            _enums.Add(name);
        }

        private string AddClass(string? parent)
        {
            var name = DefinitionName();
            var properties = new JsonObject();
            var inherited = new List<string>();
            for (var ancestor = parent; ancestor is not null; ancestor = (_definitions[ancestor]!["allOf"]?[0]?["$ref"]?.GetValue<string>())?.Split('/')[^1])
            {
                inherited.AddRange(_definitions[ancestor]!["properties"]!.AsObject().Select(p => p.Key));
            }

            foreach (var property in Names(random.Next(1, 9), caseInsensitive: true, exclude: inherited))
            {
                properties[property] = TypeOf(new JsonObject(), allowArray: true);
            }

            var definition = new JsonObject { ["type"] = "object", ["properties"] = properties };
            if (parent is not null)
            {
                definition["allOf"] = new JsonArray(new JsonObject { ["$ref"] = "#/definitions/" + parent });
            }

            _definitions[name] = definition;
            _classes.Add(name);
            return name;
        }

        private JsonObject TypeOf(JsonObject node, bool allowArray)
        {
            switch (random.Next(allowArray && _classes.Count > 0 ? 10 : 7))
            {
                case 0: node["type"] = "string"; break;
                case 1: node["type"] = "integer"; break;
                case 2: node["type"] = "integer"; node["format"] = "int64"; break;
                case 3: node["type"] = "number"; break;
                case 4: node["type"] = "boolean"; break;
                case 5 when _enums.Count > 0: node["$ref"] = "#/definitions/" + _enums[random.Next(_enums.Count)]; break;
                case 6 when _classes.Count > 0: node["$ref"] = "#/definitions/" + _classes[random.Next(_classes.Count)]; break;
                case 7: node["type"] = "array"; node["items"] = new JsonObject { ["$ref"] = "#/definitions/" + _classes[random.Next(_classes.Count)] }; break;
                case 8: node["type"] = "object"; node["additionalProperties"] = new JsonObject { ["$ref"] = "#/definitions/" + _classes[random.Next(_classes.Count)] }; break;
                case 9 when _enums.Count > 0: node["type"] = "array"; node["items"] = new JsonObject { ["$ref"] = "#/definitions/" + _enums[random.Next(_enums.Count)] }; break;
                default: node["type"] = "string"; break;
            }

            return node;
        }

        /// <summary>Distinct names drawn from the vocabulary, each in a random casing, none of <paramref name="exclude"/>.</summary>
        private List<string> Names(int count, bool caseInsensitive = false, IReadOnlyCollection<string>? exclude = null)
        {
            var comparer = caseInsensitive ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
            var names = new List<string>();
            while (names.Count < count)
            {
                var name = Cased(Pick());
                if (!names.Contains(name, comparer) && exclude?.Contains(name, StringComparer.OrdinalIgnoreCase) != true)
                {
                    names.Add(name);
                }
            }

            return names;
        }

        private string DefinitionName()
        {
            string name;
            do
            {
                var word = Pick().TrimStart('_');
                name = "Kaltura" + (word.Length == 0 ? "X" : char.ToUpperInvariant(word[0]) + word[1..]);
            }
            while (_definitions.ContainsKey(name));

            return name;
        }

        private string Pick() => vocabulary[random.Next(vocabulary.Length)];

        private string Cased(string name) => random.Next(3) switch
        {
            0 => name,
            1 => char.ToUpperInvariant(name[0]) + name[1..],
            _ => char.ToLowerInvariant(name[0]) + name[1..],
        };
    }
}
