using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace KalturaGen.Schema.Parsing;

/// <summary>Parses the ordered <c>params</c> of an action and checks each default against its type.</summary>
internal sealed class ParameterParser(ParseContext context, TypeReferenceParser types, IReadOnlyDictionary<string, EnumModel> enums)
{
    /// <summary>Every generated method ends with this parameter, so no schema parameter may take the name.</summary>
    private const string CancellationTokenName = "cancellationToken";

    /// <summary>Members a parameters class inherits; a parameter's property may not take their names.</summary>
    private static readonly HashSet<string> InheritedMembers = new(System.StringComparer.Ordinal)
    {
        "KalturaService", "KalturaAction", "WriteParameters", "SendsParameter", "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone",
    };

    /// <summary>
    /// The parameter's property in the parameters class: Pascal case, with a "Value" suffix when that name is an
    /// inherited member or another parameter's property (names that differ only in case).
    /// </summary>
    private static string PropertyName(string name, HashSet<string> taken)
    {
        var property = Identifiers.Pascal(name);
        while (InheritedMembers.Contains(property) || taken.Contains(property))
        {
            property += "Value";
        }

        taken.Add(property);
        return property;
    }

    public List<ParamModel> Parse(string action, JsonArraySyntax array)
    {
        var parameters = new List<ParamModel>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        var properties = new HashSet<string>(System.StringComparer.Ordinal);
        for (var i = 0; i < array.Items.Count; i++)
        {
            var what = $"parameter {i + 1} of action '{action}'";
            if (context.AsObject(array.Items[i], what) is not { } syntax)
            {
                continue;
            }

            var nameSyntax = syntax.Find("name");
            var name = context.GetString(syntax, "name", what);
            if (name is null)
            {
                context.Report(SchemaDiagnosticKinds.MissingMember, syntax.Span, what, "a 'name'");
                continue;
            }

            what = $"parameter '{name}' of action '{action}'";
            if (!Identifiers.IsValid(name) || name == CancellationTokenName)
            {
                context.Report(SchemaDiagnosticKinds.InvalidIdentifier, nameSyntax!.Value.Span, name, $"a parameter of action '{action}'");
                continue;
            }

            if (!seen.Add(name))
            {
                context.Report(SchemaDiagnosticKinds.DuplicateParameter, nameSyntax!.Value.Span, name, action);
                continue;
            }

            if (types.Parse(syntax, nameSyntax!.Value.Span, what, allowFile: true) is not { } type)
            {
                continue;
            }

            var optional = context.GetBoolean(syntax, "optional", what);
            var defaultValue = optional ? ParseDefault(syntax, name, type) : null;
            var property = PropertyName(name, properties);
            parameters.Add(new ParamModel(name, name, property, type, optional, defaultValue, context.GetString(syntax, "description", what)));
        }

        return parameters;
    }

    /// <summary>Reads the default of an optional parameter; a missing default means null (the server's own default applies).</summary>
    private DefaultValueModel? ParseDefault(JsonObjectSyntax syntax, string name, TypeRefModel type)
    {
        if (syntax.Find("default") is not { } property)
        {
            return new DefaultValueModel(DefaultKind.Null, "null");
        }

        var value = Normalize(property.Value, type);
        if (value is null)
        {
            context.Report(SchemaDiagnosticKinds.InvalidDefault, property.Value.Span, Display(property.Value), name, type.Describe());
            return null;
        }

        // An int enum default reads better as its member (SessionType.USER) than as a cast number.
        return type.Kind == TypeKind.IntEnum && enums.TryGetValue(type.TypeName!, out var enumModel)
            ? value with { Member = enumModel.Members.FirstOrDefault(m => m.Value == value.Text)?.Name }
            : value;
    }

    /// <summary>Returns the default in the form its type needs, or null when it cannot fit.</summary>
    private static DefaultValueModel? Normalize(JsonSyntax value, TypeRefModel type)
    {
        if (value is JsonLiteralSyntax { Value: null })
        {
            return new DefaultValueModel(DefaultKind.Null, "null");
        }

        var text = value switch
        {
            JsonStringSyntax s => s.Value,
            JsonNumberSyntax n => n.Text,
            JsonLiteralSyntax { Value: bool b } => b ? "true" : "false",
            _ => null,
        };
        if (text is null)
        {
            return null;
        }

        // Kaltura's own schema writes every default as text ("true", "-1"); numbers and booleans in text form are accepted.
        return type.Kind switch
        {
            TypeKind.Boolean when text is "true" or "false" => new DefaultValueModel(DefaultKind.Boolean, text),
            TypeKind.Int32 or TypeKind.IntEnum when int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) =>
                new DefaultValueModel(DefaultKind.Number, text),
            TypeKind.Int64 when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) =>
                new DefaultValueModel(DefaultKind.Number, text),
            TypeKind.Double when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) =>
                new DefaultValueModel(DefaultKind.Number, text),
            TypeKind.String or TypeKind.StringEnum when value is not JsonLiteralSyntax => new DefaultValueModel(DefaultKind.String, text),
            _ => null,
        };
    }

    private static string Display(JsonSyntax value) => value switch
    {
        JsonStringSyntax s => $"\"{s.Value}\"",
        JsonNumberSyntax n => n.Text,
        JsonLiteralSyntax { Value: bool b } => b ? "true" : "false",
        _ => value.KindName,
    };
}
