using System.Collections.Generic;
using System.Linq;
using KalturaGen.Generator.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace KalturaGen.Generator.Emitting;

/// <summary>
/// Emits a string (dynamic) enum as a string-backed <c>readonly struct</c>: one static member per known value,
/// while any other value the server sends is kept as it is (plugins and newer servers extend these enums).
/// </summary>
internal static class StringEnumEmitter
{
    public static string Emit(EnumOutput output)
    {
        var model = output.Enum;
        var name = Identifiers.Escape(model.Name);
        var writer = GeneratedFile.Start(output.Context.Namespace + ".Enums");
        writer.WriteSummary(Docs.Or(model.Description, $"The Kaltura enum {model.KalturaName}."));
        writer.WriteDoc("remarks", "An open set of string values: values this SDK does not know are kept as they are.");
        writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
        writer.WriteLine($"public readonly partial struct {name} : global::KalturaGen.Runtime.IKalturaStringEnum<{name}>");
        writer.OpenBlock();
        writer.WriteLine("private readonly string? _value;");
        writer.WriteLine();
        writer.WriteSummary($"Creates a {model.Name} from its wire value (known or not).");
        writer.WriteLine($$"""
            public {{name}}(string value)
            {
                _value = value ?? throw new global::System.ArgumentNullException(nameof(value));
            }

            """);
        foreach (var member in model.Members)
        {
            var literal = SymbolDisplay.FormatLiteral(member.Value, quote: true);
            writer.WriteDoc("summary", $"The value <c>{Docs.Escape(member.Value)}</c>.");
            writer.WriteLine($"public static readonly {name} {Identifiers.Escape(member.Name)} = new({literal});");
            writer.WriteLine();
        }

        var known = model.Members.Count == 0
            ? "false"
            : "Value is " + string.Join(" or ", model.Members.Select(m => m.Value).Distinct().Select(v => SymbolDisplay.FormatLiteral(v, quote: true)));
        writer.WriteLine($$"""
            /// <summary>The wire value (empty for <c>default</c>).</summary>
            public string Value => _value ?? string.Empty;

            /// <summary>True when the value is one this SDK was generated with.</summary>
            public bool IsKnown => {{known}};

            /// <inheritdoc/>
            public static {{name}} FromValue(string value) => new(value);

            """);
        WriteName(writer, model);
        WriteFromUtf8(writer, name, model);
        writer.WriteLine($$"""
            /// <inheritdoc/>
            public bool Equals({{name}} other) => string.Equals(Value, other.Value, global::System.StringComparison.Ordinal);

            /// <inheritdoc/>
            public override bool Equals(object? obj) => obj is {{name}} other && Equals(other);

            /// <inheritdoc/>
            public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Value);

            /// <summary>The wire value.</summary>
            public override string ToString() => Value;

            /// <summary>Compares two values by their wire text.</summary>
            public static bool operator ==({{name}} left, {{name}} right) => left.Equals(right);

            /// <summary>Compares two values by their wire text.</summary>
            public static bool operator !=({{name}} left, {{name}} right) => !left.Equals(right);
            """);
        writer.CloseBlock();
        return writer.ToString();
    }

    /// <summary>
    /// Emits <c>Name</c>: the schema name of a known value (<c>READY</c>), the wire value otherwise. <c>ToString</c>
    /// stays the wire value, which is what requests and JSON carry.
    /// </summary>
    private static void WriteName(SourceWriter writer, EnumModel model)
    {
        writer.WriteLine("/// <summary>The schema name of a known value (for example <c>READY</c>); the wire value for any other.</summary>");
        var cases = model.Members.GroupBy(m => m.Value).ToList();
        if (cases.Count == 0)
        {
            writer.WriteLine("public string Name => Value;");
            writer.WriteLine();
            return;
        }

        writer.WriteLine("public string Name => Value switch");
        writer.OpenBlock();
        foreach (var group in cases)
        {
            var value = SymbolDisplay.FormatLiteral(group.Key, quote: true);
            var memberName = SymbolDisplay.FormatLiteral(group.First().Name, quote: true);
            writer.WriteLine($"{value} => {memberName},");
        }

        writer.WriteLine("_ => Value,");
        writer.CloseBlock(";");
        writer.WriteLine();
    }

    /// <summary>Emits <c>FromUtf8</c>: a known value returns its static member, so reading it allocates nothing.</summary>
    private static void WriteFromUtf8(SourceWriter writer, string name, EnumModel model)
    {
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine($"public static {name} FromUtf8(global::System.ReadOnlySpan<byte> value)");
        writer.OpenBlock();
        var cases = model.Members
            .GroupBy(m => m.Value)
            .Select(g => (g.Key, (IReadOnlyList<string>)new[] { $"return {name}.{Identifiers.Escape(g.First().Name)};" }))
            .ToList();
        Utf8Switch.Write(writer, "value", cases);
        writer.WriteLine("return new(global::System.Text.Encoding.UTF8.GetString(value));");
        writer.CloseBlock();
        writer.WriteLine();
    }
}
