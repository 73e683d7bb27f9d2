using System.Collections.Generic;
using System.Linq;
using KalturaGen.Generator.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace KalturaGen.Generator.Emitting;

/// <summary>
/// The C# shape of an action, shared by the interface, the implementation and the multirequest calls:
/// parameter declarations (schema order, trailing optional ones with their defaults), result type and the
/// request-building statements.
/// </summary>
internal sealed class ActionSignature(TypeExpressions types, ActionModel action, string serviceId)
{
    private const string Task = "global::System.Threading.Tasks.Task";
    private const string RequestMode = "global::KalturaGen.Runtime.KalturaJsonWriteMode.Request";

    /// <summary>True when the action answers with a file (a stream); such actions cannot join a multirequest.</summary>
    public bool ReturnsFile => action.Result?.Kind == TypeKind.File;

    /// <summary>The task type of the async method: <c>Task</c>, <c>Task&lt;T&gt;</c> or <c>Task&lt;Stream&gt;</c>.</summary>
    public string TaskType => action.Result switch
    {
        null => Task,
        { Kind: TypeKind.File } => $"{Task}<global::System.IO.Stream>",
        var result => $"{Task}<{types.Of(result)}>",
    };

    /// <summary>The request type the builder returns: <c>KalturaRequest</c> or <c>KalturaRequest&lt;T&gt;</c>.</summary>
    public string RequestType => action.Result is null || ReturnsFile
        ? "global::KalturaGen.Runtime.KalturaRequest"
        : $"global::KalturaGen.Runtime.KalturaRequest<{types.Of(action.Result)}>";

    /// <summary>The parameter declarations, without the trailing CancellationToken.</summary>
    public IReadOnlyList<string> Parameters()
    {
        // C# needs optional parameters last: an optional one followed by a required one gets no default.
        var firstDefaulted = action.Params.Count;
        while (firstDefaulted > 0 && action.Params[firstDefaulted - 1].IsOptional)
        {
            firstDefaulted--;
        }

        return action.Params.Select((p, i) => Declare(p, i >= firstDefaulted)).ToList();
    }

    /// <summary>The argument list forwarding every parameter, in order.</summary>
    public string Arguments => string.Join(", ", action.Params.Select(p => Identifiers.Escape(p.Name)));

    /// <summary>Statements that create <c>__request</c> and write every parameter into it.</summary>
    public string BuildRequest()
    {
        var lines = new List<string>();
        var wire = $"{SymbolDisplay.FormatLiteral(serviceId, true)}, {SymbolDisplay.FormatLiteral(action.WireName, true)}";
        if (action.Result is null || ReturnsFile)
        {
            lines.Add($"var __request = new {RequestType}({wire});");
        }
        else
        {
            var read = "global::KalturaGen.Runtime.KalturaJsonReader.ReadElement(__element, "
                + $"static (ref global::System.Text.Json.Utf8JsonReader __reader) => {types.Read(action.Result, "__reader")}) "
                + "?? throw global::KalturaGen.Runtime.KalturaJsonReader.MissingResult(__element)";
            lines.Add($"var __request = new {RequestType}({wire}, static __element => {read});");
        }

        foreach (var parameter in action.Params)
        {
            var name = Identifiers.Escape(parameter.Name);
            var wireName = SymbolDisplay.FormatLiteral(parameter.WireName, true);
            var statement = parameter.Type.Kind == TypeKind.File
                ? $"__request.AddFile({wireName}, {name});"
                : types.Write(parameter.Type, $"__request.WriteParam({wireName})", ValueOf(parameter, name), RequestMode) + ";";
            lines.Add(IsNullable(parameter) || !TypeExpressions.IsValueType(parameter.Type)
                ? $"if ({name} is not null)\n{{\n    {statement}\n}}\n"
                : statement);
        }

        lines.Add("return __request;");
        return string.Join("\n", lines);
    }

    /// <summary>The parameter as a non-null value (its null check comes first; flow analysis covers references).</summary>
    private static string ValueOf(ParamModel parameter, string name) =>
        IsNullable(parameter) && TypeExpressions.IsValueType(parameter.Type) ? name + ".GetValueOrDefault()" : name;

    private string Declare(ParamModel parameter, bool withDefault)
    {
        var type = types.Of(parameter.Type) + (IsNullable(parameter) ? "?" : string.Empty);
        var declaration = $"{type} {Identifiers.Escape(parameter.Name)}";
        return withDefault && parameter.Default is { } value ? $"{declaration} = {DefaultLiteral(parameter, value)}" : declaration;
    }

    /// <summary>
    /// Optional parameters whose default is null, or whose type has no C# constant (string enums), are nullable:
    /// null means "not sent", and the server applies its own default.
    /// </summary>
    private static bool IsNullable(ParamModel parameter) =>
        parameter.IsOptional && (parameter.Default is null or { Kind: DefaultKind.Null } || parameter.Type.Kind == TypeKind.StringEnum);

    private string DefaultLiteral(ParamModel parameter, DefaultValueModel value)
    {
        if (IsNullable(parameter))
        {
            return "null";
        }

        return parameter.Type.Kind switch
        {
            TypeKind.String => SymbolDisplay.FormatLiteral(value.Text, true),
            TypeKind.IntEnum when value.Member is { } member => $"{types.Of(parameter.Type)}.{Identifiers.Escape(member)}",
            TypeKind.IntEnum => $"({types.Of(parameter.Type)})({value.Text})",
            TypeKind.Int64 => value.Text + "L",
            TypeKind.Double when value.Text.IndexOfAny(['.', 'e', 'E']) < 0 => value.Text,
            TypeKind.Double => value.Text + "d",
            _ => value.Text,
        };
    }
}
