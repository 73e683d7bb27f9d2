using System.Linq;
using KalturaGen.Generator.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace KalturaGen.Generator.Emitting;

/// <summary>
/// Emits the parameters classes of one service (<c>{Service}{Action}Parameters</c>): one property per body
/// parameter (required ones <c>required</c>, optional ones at the server's default or null for "not sent") and the
/// code that writes the set ones as JSON members. They are the <c>[Body]</c> of the Refit methods and what a
/// multirequest queues, so a single call and a multirequest write parameters the same way.
/// </summary>
internal static class ParametersEmitter
{
    private static readonly string[] CommonMembers = ["ks", "partnerId", "clientTag", "apiVersion"];

    public static string Emit(ParametersOutput output)
    {
        var service = output.Service;
        var types = new TypeExpressions(output.Context.Namespace);
        var writer = GeneratedFile.Start(output.Context.Namespace + ".Api");
        var first = true;
        foreach (var action in service.Actions)
        {
            if (!first)
            {
                writer.WriteLine();
            }

            first = false;
            var signature = new ActionSignature(types, action, service);
            var wire = $"{SymbolDisplay.FormatLiteral(service.Id, true)}, {SymbolDisplay.FormatLiteral(action.WireName, true)}";
            writer.WriteDoc("summary", $"The parameters of <c>{service.Id}.{action.WireName}</c>{(signature.HasFiles ? " (its files travel as separate parts)" : string.Empty)}.");
            writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
            writer.WriteLine($"public sealed partial class {signature.ParametersName} : global::KalturaGen.Runtime.KalturaParameters");
            writer.OpenBlock();
            writer.WriteLine($"/// <summary>Parameters of <c>{service.Id}.{action.WireName}</c>, optional ones at their defaults.</summary>");
            writer.WriteLine($"public {signature.ParametersName}() : base({wire}) {{ }}");
            foreach (var parameter in signature.BodyParams)
            {
                writer.WriteLine();
                writer.WriteSummary(Docs.Or(parameter.Description, $"The {parameter.WireName} parameter."));
                var required = ActionSignature.IsRequired(parameter) ? "required " : string.Empty;
                var initializer = signature.Initializer(parameter) is { } value ? $" = {value};" : string.Empty;
                writer.WriteLine($"public {required}{signature.TypeOf(parameter)} {ActionSignature.PropertyName(parameter)} {{ get; set; }}{initializer}");
            }

            writer.WriteLine();
            writer.WriteLine("/// <inheritdoc/>");
            writer.WriteLine("public override void WriteParameters(global::System.Text.Json.Utf8JsonWriter writer)");
            writer.OpenBlock();
            writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(writer);");
            foreach (var parameter in signature.BodyParams)
            {
                writer.WriteLine(signature.WriteStatement(parameter));
            }

            writer.CloseBlock();
            var overriding = signature.BodyParams.Where(p => CommonMembers.Contains(p.WireName)).ToList();
            if (overriding.Count > 0)
            {
                writer.WriteLine();
                writer.WriteLine("/// <inheritdoc/>");
                writer.WriteLine("public override bool SendsParameter(string name) => name switch");
                writer.OpenBlock();
                foreach (var parameter in overriding)
                {
                    writer.WriteLine($"{SymbolDisplay.FormatLiteral(parameter.WireName, true)} => {signature.SentCondition(parameter)},");
                }

                writer.WriteLine("_ => false,");
                writer.CloseBlock(";");
            }

            writer.CloseBlock();
        }

        return writer.ToString();
    }
}
