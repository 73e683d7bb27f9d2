using System.Collections.Generic;
using System.Linq;
using KalturaGen.Generator.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace KalturaGen.Generator.Emitting;

/// <summary>
/// The C# shape of an action, shared by the Refit interface and its implementation, the parameters class, the
/// friendly service and the multirequest calls: parameter declarations (schema order, trailing optional ones with
/// their defaults), result type, route, and how the friendly arguments become the parameters object.
/// </summary>
internal sealed class ActionSignature(TypeExpressions types, ActionModel action, ServiceModel service)
{
    private const string Task = "global::System.Threading.Tasks.Task";
    private const string RequestMode = "global::KalturaGen.Runtime.KalturaJsonWriteMode.Request";
    private const string FilePair = "global::System.Collections.Generic.KeyValuePair<string, global::KalturaGen.Runtime.KalturaFile?>";

    /// <summary>True when the action answers with a file (a stream); such actions cannot join a multirequest.</summary>
    public bool ReturnsFile => action.Result?.Kind == TypeKind.File;

    /// <summary>True when the action takes file parameters: it is sent as multipart/form-data.</summary>
    public bool HasFiles => action.Params.Any(IsFile);

    /// <summary>The C# result type, or null for a void action (a file result is a <c>Stream</c>).</summary>
    public string? ResultType => action.Result switch
    {
        null => null,
        { Kind: TypeKind.File } => "global::System.IO.Stream",
        var result => types.Of(result),
    };

    /// <summary>The task type of the async method: <c>Task</c>, <c>Task&lt;T&gt;</c> or <c>Task&lt;Stream&gt;</c>.</summary>
    public string TaskType => ResultType is { } result ? $"{Task}<{result}>" : Task;

    /// <summary>The route Refit's attribute carries: <c>/api_v3/service/{service}/action/{action}</c>.</summary>
    public string Route => $"/api_v3/service/{service.Id}/action/{action.WireName}";

    /// <summary>The name of the generated parameters class (<c>MediaGetParameters</c>).</summary>
    public string ParametersName => service.Name + action.Name + "Parameters";

    /// <summary>The parameters class, fully qualified.</summary>
    public string ParametersType => $"global::{types.RootNamespace}.Api.{ParametersName}";

    /// <summary>The parameters that travel in the JSON body (every parameter but the files).</summary>
    public IEnumerable<ParamModel> BodyParams => action.Params.Where(p => !IsFile(p));

    /// <summary>The file parameters, multipart parts named after them.</summary>
    public IEnumerable<ParamModel> FileParams => action.Params.Where(IsFile);

    /// <summary>The friendly parameter declarations (every parameter), without the trailing CancellationToken.</summary>
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

    /// <summary>The Refit parameter declarations: the parameters object as <c>[Body]</c> (or the <c>json</c> part), then the files.</summary>
    public IReadOnlyList<string> RefitParameters()
    {
        if (!HasFiles)
        {
            return [$"[global::Refit.Body] {ParametersType} {BodyName}"];
        }

        var declarations = new List<string> { $"[global::Refit.AliasAs(\"json\")] {ParametersType} {BodyName}" };
        declarations.AddRange(FileParams.Select(p =>
            $"[global::Refit.AliasAs({SymbolDisplay.FormatLiteral(p.WireName, true)})] {TypeOf(p)} {Identifiers.Escape(p.Name)}"));
        return declarations;
    }

    /// <summary>The Refit call's arguments after the parameters object: the files, by name.</summary>
    public string FileArguments => string.Concat(FileParams.Select(p => ", " + Identifiers.Escape(p.Name)));

    /// <summary>The files as the runner takes them: an array of name/file pairs.</summary>
    public string FilePairs =>
        $"new {FilePair}[] {{ {string.Join(", ", FileParams.Select(p => $"new({SymbolDisplay.FormatLiteral(p.WireName, true)}, {Identifiers.Escape(p.Name)})"))} }}";

    /// <summary>The multirequest's trailing file arguments (name/file pairs), empty without files.</summary>
    public string FilePairArguments => string.Concat(FileParams.Select(p =>
        $", new {FilePair}({SymbolDisplay.FormatLiteral(p.WireName, true)}, {Identifiers.Escape(p.Name)})"));

    /// <summary>An expression creating the parameters object from the friendly method's arguments.</summary>
    public string NewParameters()
    {
        var assignments = BodyParams.Select(p => $"{PropertyName(p)} = {Identifiers.Escape(p.Name)}").ToList();
        return assignments.Count == 0 ? $"new {ParametersType}()" : $"new {ParametersType} {{ {string.Join(", ", assignments)} }}";
    }

    /// <summary>The C# property of a parameter in the parameters class.</summary>
    public static string PropertyName(ParamModel parameter) => parameter.PropertyName;

    /// <summary>The Refit methods' name for the parameters object: <c>parameters</c>, unless a file parameter has that name.</summary>
    public string BodyName => FileParams.Any(p => p.Name == "parameters") ? "kalturaParameters" : "parameters";

    /// <summary>The declared type of a parameter (nullable when it may be left out).</summary>
    public string TypeOf(ParamModel parameter) => types.Of(parameter.Type) + (parameter.IsNullable ? "?" : string.Empty);

    /// <summary>The property initializer of an optional parameter that is always sent (its schema default), else null.</summary>
    public string? Initializer(ParamModel parameter) =>
        parameter.IsOptional && !parameter.IsNullable && parameter.Default is { } value ? DefaultLiteral(parameter, value) : null;

    /// <summary>True when the property must be set (a required parameter).</summary>
    public static bool IsRequired(ParamModel parameter) => !parameter.IsOptional;

    /// <summary>Statements writing one body parameter as a JSON member of <c>writer</c>, when it is set.</summary>
    public string WriteStatement(ParamModel parameter)
    {
        var name = PropertyName(parameter);
        var statement = $"writer.WritePropertyName({SymbolDisplay.FormatLiteral(parameter.WireName, true)});\n"
            + types.Write(parameter.Type, "writer", ValueOf(parameter, name), RequestMode) + ";";
        return parameter.IsNullable || !TypeExpressions.IsValueType(parameter.Type)
            ? $"if ({name} is not null)\n{{\n    {statement.Replace("\n", "\n    ")}\n}}"
            : statement;
    }

    /// <summary>The condition under which a body parameter is written (for <c>SendsParameter</c>).</summary>
    public string SentCondition(ParamModel parameter) =>
        parameter.IsNullable || !TypeExpressions.IsValueType(parameter.Type) ? $"{PropertyName(parameter)} is not null" : "true";

    private static bool IsFile(ParamModel parameter) => parameter.Type.Kind == TypeKind.File;

    /// <summary>The parameter as a non-null value (its null check comes first; flow analysis covers references).</summary>
    private static string ValueOf(ParamModel parameter, string name) =>
        parameter.IsNullable && TypeExpressions.IsValueType(parameter.Type) ? name + ".GetValueOrDefault()" : name;

    private string Declare(ParamModel parameter, bool withDefault)
    {
        var declaration = $"{TypeOf(parameter)} {Identifiers.Escape(parameter.Name)}";
        return withDefault && parameter.Default is { } value ? $"{declaration} = {DefaultLiteral(parameter, value)}" : declaration;
    }

    private string DefaultLiteral(ParamModel parameter, DefaultValueModel value)
    {
        if (parameter.IsNullable)
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
