using System.Reflection;
using System.Text.Json;
using KalturaGen.Runtime;
using KalturaGen.Simulator;
using Refit;

namespace KalturaGen.Client.Tests.Refit;

/// <summary>The generated Refit surface, found by reflection, and the schema it was generated from.</summary>
internal static class ApiSurface
{
    private const string RoutePrefix = "/api_v3/service/";
    private const string ActionSeparator = "/action/";

    /// <summary>Every public interface of the <c>KalturaGen.Client.Api</c> namespace, by name.</summary>
    public static IReadOnlyList<Type> Interfaces { get; } = typeof(KalturaClient).Assembly.GetExportedTypes()
        .Where(t => t.IsInterface && t.Namespace == "KalturaGen.Client.Api")
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToList();

    /// <summary>Every method of every interface, as declared.</summary>
    public static IEnumerable<MethodInfo> Methods => Interfaces.SelectMany(i => i.GetMethods());

    /// <summary>The method of <paramref name="interfaceName"/> named <paramref name="methodName"/>.</summary>
    public static MethodInfo Method(string interfaceName, string methodName) =>
        Interfaces.Single(i => i.Name == interfaceName).GetMethod(methodName)
        ?? throw new InvalidOperationException($"{interfaceName} has no method {methodName}.");

    /// <summary>The wire service and action of a method, read from its <c>[Post]</c> route.</summary>
    public static (string Service, string Action) Route(MethodInfo method)
    {
        var path = method.GetCustomAttribute<PostAttribute>()?.Path
            ?? throw new InvalidOperationException($"{method.DeclaringType!.Name}.{method.Name} has no [Post] route.");
        Assert.StartsWith(RoutePrefix, path, StringComparison.Ordinal);
        var rest = path[RoutePrefix.Length..];
        var separator = rest.IndexOf(ActionSeparator, StringComparison.Ordinal);
        Assert.True(separator > 0, $"{path} is not /api_v3/service/{{id}}/action/{{action}}");
        return (rest[..separator], rest[(separator + ActionSeparator.Length)..]);
    }

    /// <summary>The parameters class a method takes (its first parameter).</summary>
    public static Type ParametersType(MethodInfo method)
    {
        var type = method.GetParameters()[0].ParameterType;
        Assert.True(type.IsSubclassOf(typeof(KalturaParameters)), $"{method.Name} takes {type.Name} first, not a KalturaParameters class");
        return type;
    }

    /// <summary>
    /// Every <c>service.action</c> of the schema the simulator runs on (the embedded kaltura-ingestion.kgen.json),
    /// lower-cased: an independent count of what the generator had to emit.
    /// </summary>
    public static IReadOnlySet<string> SchemaActions()
    {
        using var stream = typeof(KalturaSimulator).Assembly.GetManifestResourceStream("kaltura-ingestion.kgen.json")
            ?? throw new InvalidOperationException("The simulator embeds no kaltura-ingestion.kgen.json.");
        using var schema = JsonDocument.Parse(stream);
        var actions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var service in schema.RootElement.GetProperty("services").EnumerateObject())
        {
            foreach (var action in service.Value.GetProperty("actions").EnumerateObject())
            {
                actions.Add($"{service.Name}.{action.Name}".ToLowerInvariant());
            }
        }

        return actions;
    }
}
