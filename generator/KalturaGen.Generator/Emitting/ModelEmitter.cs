using System.Linq;
using System.Collections.Generic;
using KalturaGen.Generator.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace KalturaGen.Generator.Emitting;

/// <summary>
/// Emits a model class: its properties, each a cast of the runtime's <c>GetValue</c> and a call of <c>SetValue</c>
/// (which records the assignment, so only assigned properties are sent) at the member's slot, and its member table:
/// wire name, codec and read-only flag per property, from which the runtime reads and writes the JSON.
/// </summary>
internal static class ModelEmitter
{
    private const string Runtime = "global::KalturaGen.Runtime";

    public static string Emit(ModelOutput output)
    {
        var model = output.Class;
        var types = new TypeExpressions(output.Context.Namespace);
        var writer = GeneratedFile.Start(output.Context.Namespace + ".Models");
        writer.WriteSummary(Docs.Or(model.Description, $"The Kaltura type {model.KalturaName}."));
        if (model.IsAbstract)
        {
            writer.WriteDoc("remarks", "Abstract on the server: send one of its subclasses. It stays instantiable here so that a response naming an unknown subclass still deserializes.");
        }

        if (model.IsRaw)
        {
            WriteRawClass(writer, model);
            return writer.ToString();
        }

        var baseType = model.BaseName is null ? Runtime + ".KalturaObjectBase" : types.Model(model.BaseName);
        writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
        writer.WriteLine($"public partial class {Identifiers.Escape(model.Name)} : {baseType}");
        writer.OpenBlock();
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine($"public override string ObjectType => {SymbolDisplay.FormatLiteral(model.KalturaName, quote: true)};");
        for (var i = 0; i < model.Properties.Count; i++)
        {
            WriteProperty(writer, types, model.Properties[i], output.FirstSlot + i);
        }

        WriteMemberTable(writer, types, output);
        writer.CloseBlock();
        return writer.ToString();
    }

    /// <summary>A class the schema only names: the runtime base keeps its members as raw JSON.</summary>
    private static void WriteRawClass(SourceWriter writer, ClassModel model)
    {
        writer.WriteDoc("remarks", "Its members are kept as raw JSON in Members and written back as read.");
        var name = Identifiers.Escape(model.Name);
        writer.WriteLine($$"""
            {{GeneratedFile.GeneratedCodeAttribute}}
            public partial class {{name}} : global::KalturaGen.Runtime.KalturaRawObject
            {
                /// <summary>Creates an empty object; reading JSON into it keeps every member.</summary>
                public {{name}}() : base({{SymbolDisplay.FormatLiteral(model.KalturaName, quote: true)}})
                {
                }
            }
            """);
    }

    private static void WriteProperty(SourceWriter writer, TypeExpressions types, PropertyModel property, int slot)
    {
        var type = types.Of(property.Type) + (property.IsNullable ? "?" : string.Empty);
        writer.WriteLine();
        writer.WriteSummary(Docs.Or(property.Description, $"The {property.WireName} property."));
        var remarks = property switch
        {
            { IsReadOnly: true } => "Read-only: set by the server and never sent.",
            { IsInsertOnly: true } => "Insert-only: can be set when the object is added, not when it is updated.",
            { IsWriteOnly: true } => "Write-only: sent to the server, never returned by it.",
            _ => null,
        };
        if (remarks is not null)
        {
            writer.WriteDoc("remarks", remarks);
        }

        writer.WriteLine($"public {type} {Identifiers.Escape(property.Name)} {{ get => ({type})GetValue({slot}); set => SetValue({slot}, value); }}");
    }

    /// <summary>
    /// Emits the class's member table (its own members, after its base's) and the override that hands it to the
    /// runtime; the runtime checks at start-up that the base table ends where these slots begin.
    /// </summary>
    private static void WriteMemberTable(SourceWriter writer, TypeExpressions types, ModelOutput output)
    {
        var model = output.Class;
        var baseTable = output.BaseHasMembers ? types.Model(model.BaseName!) + ".__members" : "null";
        writer.WriteLine();
        writer.WriteLine("/// <summary>The wire members of this class, its bases' first.</summary>");
        writer.WriteLine($"internal static {(output.BaseHasMembers ? "new " : string.Empty)}readonly {Runtime}.KalturaMemberTable __members = {Runtime}.KalturaMemberTable.Create({baseTable}, {output.FirstSlot},");
        writer.WriteLine("[");
        foreach (var property in model.Properties)
        {
            var readOnly = property.IsReadOnly ? ", true" : string.Empty;
            writer.WriteLine($"    new({SymbolDisplay.FormatLiteral(property.WireName, quote: true)}, {types.Codec(property.Type, output.Subclassed)}{readOnly}),");
        }

        writer.WriteLine("]);");
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine($"protected override {Runtime}.KalturaMemberTable MemberTable => __members;");
    }
}
