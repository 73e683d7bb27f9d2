using System.Linq;
using System.Collections.Generic;
using KalturaGen.Generator.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace KalturaGen.Generator.Emitting;

/// <summary>
/// Emits a model class: change-tracked properties (each setter is one call to the runtime's <c>SetProperty</c>, which
/// records the assignment, so only assigned properties are sent), the JSON writer of its own properties (one line
/// each) and the reader of its own members.
/// </summary>
internal static class ModelEmitter
{
    private const string Mode = "mode";
    private const string JsonWriter = "global::System.Text.Json.Utf8JsonWriter";

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

        var baseType = model.BaseName is null ? "global::KalturaGen.Runtime.KalturaObjectBase" : types.Model(model.BaseName);
        writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
        writer.WriteLine($"public partial class {Identifiers.Escape(model.Name)} : {baseType}");
        writer.OpenBlock();
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine($"public override string ObjectType => {SymbolDisplay.FormatLiteral(model.KalturaName, quote: true)};");
        foreach (var property in model.Properties)
        {
            WriteProperty(writer, types, property);
        }

        WriteSerializer(writer, types, model);
        WriteDeserializer(writer, types, model);
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

    private static void WriteProperty(SourceWriter writer, TypeExpressions types, PropertyModel property)
    {
        var field = FieldOf(property);
        var type = types.Of(property.Type) + (property.IsNullable ? "?" : string.Empty);
        writer.WriteLine();
        writer.WriteLine($"private {type} {field};");
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

        var wire = SymbolDisplay.FormatLiteral(property.WireName, quote: true);
        writer.WriteLine($"public {type} {Identifiers.Escape(property.Name)} {{ get => {field}; set => SetProperty(ref {field}, value, {wire}); }}");
    }

    private static void WriteSerializer(SourceWriter writer, TypeExpressions types, ClassModel model)
    {
        writer.WriteLine();
        foreach (var property in model.Properties)
        {
            // Encoded once: writing a pre-encoded name skips transcoding and escaping it on every write.
            writer.WriteLine($"private static readonly global::System.Text.Json.JsonEncodedText {EncodedNameOf(property)} = global::System.Text.Json.JsonEncodedText.Encode({SymbolDisplay.FormatLiteral(property.WireName, quote: true)});");
        }

        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine($"protected override void WriteProperties({JsonWriter} writer, global::KalturaGen.Runtime.KalturaJsonWriteMode {Mode})");
        writer.OpenBlock();
        writer.WriteLine($"base.WriteProperties(writer, {Mode});");
        foreach (var property in model.Properties)
        {
            var field = FieldOf(property);
            var readOnly = property.IsReadOnly ? "true" : "false";
            var wire = SymbolDisplay.FormatLiteral(property.WireName, quote: true);
            var write = types.Write(property.Type, "writer", TypeExpressions.NonNull(property.Type, field), Mode);
            writer.WriteLine($"if (BeginProperty(writer, {EncodedNameOf(property)}, {wire}, {field} is not null, {readOnly}, {Mode})) {write};");
        }

        writer.CloseBlock();
    }

    /// <summary>
    /// Emits <c>ReadProperty</c>: the UTF-8 member name is matched by its length, then by its bytes, so reading
    /// builds no name strings.
    /// </summary>
    private static void WriteDeserializer(SourceWriter writer, TypeExpressions types, ClassModel model)
    {
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine("protected override bool ReadProperty(scoped global::System.ReadOnlySpan<byte> name, ref global::System.Text.Json.Utf8JsonReader reader)");
        writer.OpenBlock();
        var cases = model.Properties
            .Select(p => (p.WireName, (IReadOnlyList<string>)new[] { $"{FieldOf(p)} = {types.Read(p.Type, "reader")};", "return true;" }))
            .ToList();
        Utf8Switch.Write(writer, "name", cases);
        writer.WriteLine("return base.ReadProperty(name, ref reader);");
        writer.CloseBlock();
    }

    /// <summary>The static field holding a property's pre-encoded wire name.</summary>
    private static string EncodedNameOf(PropertyModel property) => "__wire" + FieldOf(property);

    /// <summary>The backing field of a property: <c>_</c> plus the camel-cased C# name.</summary>
    private static string FieldOf(PropertyModel property) =>
        "_" + char.ToLowerInvariant(property.Name[0]) + property.Name.Substring(1);
}
