using System.Globalization;
using System.Text.RegularExpressions;
using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Schema;

namespace KalturaGen.Simulator.Wire;

/// <summary>
/// The server's <c>KalturaRequestDeserializer</c>, driven by the schema: casts simple values, checks
/// enums, builds objects (honouring <c>objectType</c> only for subclasses of the declared type),
/// applies <c>__null</c> and relative times. One instance per request (it knows "now").
/// </summary>
internal sealed partial class ValueBinder
{
    private const long MaxRelativeTime = 315360000;
    private const string NullableBoolean = "KalturaNullableBoolean";

    private readonly ApiSchema _schema;
    private readonly long _now;

    /// <summary>Creates a binder for one request.</summary>
    public ValueBinder(ApiSchema schema, DateTimeOffset now)
    {
        _schema = schema;
        _now = now.ToUnixTimeSeconds();
    }

    /// <summary>Binds every parameter of an action from grouped request parameters.</summary>
    public Dictionary<string, object?> BindArguments(ActionDef action, ParamNode grouped)
    {
        var arguments = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var param in action.Params)
        {
            arguments[param.Name] = BindParameter(param, grouped.Get(param.Name));
        }

        return arguments;
    }

    private object? BindParameter(ParamDef param, ParamNode? node)
    {
        var type = param.Type;
        if (type.IsSimple)
        {
            if (node is not null)
            {
                return CastChecked(type, node, param.Name, param.Name);
            }

            if (param.Optional)
            {
                return DefaultOf(type, param.Default);
            }

            throw new ApiException("MISSING_MANDATORY_PARAMETER", param.Name);
        }

        if (type.Kind == TypeKind.File)
        {
            if (node is not null)
            {
                // The file must be a complete upload (PHP's is_uploaded_file).
                return node.File is { IsValid: true } file ? file : throw new ApiException("UPLOAD_ERROR");
            }

            return param.Optional ? null : throw new ApiException("MISSING_MANDATORY_PARAMETER", param.Name);
        }

        if (type.Kind == TypeKind.Ref && _schema.FindEnum(type.Name!) is { } enumDef)
        {
            if (node is not null)
            {
                return BindEnum(enumDef, node.AsText(), param.Name, acceptBooleans: true);
            }

            if (param.Optional)
            {
                return param.Default is null ? null : BindEnumDefault(enumDef, param.Default);
            }

            throw new ApiException("MISSING_MANDATORY_PARAMETER", param.Name);
        }

        if (type.Kind == TypeKind.Array)
        {
            // A missing optional array is an empty array, never null.
            return node is { IsArray: true } ? BindArray(type.Items!, node, param.Name) : new List<WireObject>();
        }

        if (type.Kind == TypeKind.Map)
        {
            return node is { IsArray: true } ? BindMap(type.Items!, node, param.Name) : new Dictionary<string, WireObject>();
        }

        if (node is not null)
        {
            if (!node.IsArray)
            {
                // PHP fails with a type error when an object parameter arrives as a plain value.
                throw new ApiException("INTERNAL_SERVERL_ERROR");
            }

            return BindObject(_schema.GetClass(type.Name!), node, param.Name);
        }

        return param.Optional ? null : throw new ApiException("MISSING_MANDATORY_PARAMETER", param.Name);
    }

    /// <summary>Builds an object of the declared class (or the named subclass) from its parameters.</summary>
    public WireObject BindObject(ClassDef declared, ParamNode node, string objectName)
    {
        var type = declared;
        if (node.Get("objectType") is { } objectTypeNode)
        {
            var requested = objectTypeNode.AsText();
            if (!string.Equals(requested, declared.Name, StringComparison.OrdinalIgnoreCase)
                && _schema.FindClass(requested) is { } subclass
                && _schema.IsSameOrSubclass(subclass.Name, declared.Name))
            {
                type = subclass;
            }
        }

        if (type.IsAbstract)
        {
            throw new ApiException("OBJECT_TYPE_ABSTRACT", type.Name);
        }

        var result = new WireObject(type.Name);
        foreach (var (rawName, value) in node.Children)
        {
            var isNull = rawName.EndsWith("__null", StringComparison.Ordinal);
            var name = isNull ? rawName.Replace("__null", "", StringComparison.Ordinal) : rawName;
            if (_schema.FindProperty(type, name) is not { } property)
            {
                continue; // unknown properties are ignored
            }

            var propertyType = property.Type;
            if (isNull && propertyType.Kind != TypeKind.Array)
            {
                result[name] = NullField.Instance;
                continue;
            }

            if (propertyType.IsSimple)
            {
                result[name] = CastChecked(propertyType, value, name, $"{type.Name}::{name}");
            }
            else if (propertyType.Kind == TypeKind.Ref && _schema.FindEnum(propertyType.Name!) is { } enumDef)
            {
                result[name] = BindEnum(enumDef, value.AsText(), name, acceptBooleans: false);
            }
            else if (propertyType.Kind == TypeKind.Array && value.IsArray)
            {
                result[name] = BindArray(propertyType.Items!, value, $"{objectName}:{name}");
            }
            else if (propertyType.Kind == TypeKind.Map && value.IsArray)
            {
                result[name] = BindMap(propertyType.Items!, value, $"{objectName}:{name}");
            }
            else if (propertyType.Kind == TypeKind.Ref && value.IsArray && _schema.FindClass(propertyType.Name!) is { } nested)
            {
                result[name] = BindObject(nested, value, $"{objectName}:{name}");
            }
            else if (propertyType.Kind == TypeKind.File)
            {
                result[name] = value.File;
            }
        }

        return result;
    }

    private List<WireObject> BindArray(TypeRef itemType, ParamNode node, string name)
    {
        var list = new List<WireObject>();
        if (itemType.Kind != TypeKind.Ref || _schema.FindClass(itemType.Name!) is not { } itemClass)
        {
            return list;
        }

        // ksort: items are taken in key order; "-" only marks an empty array.
        foreach (var (_, item) in node.Children.Where(c => c.Key != "-").OrderBy(c => c.Key, PhpKeyComparer.Instance))
        {
            if (item.IsArray)
            {
                list.Add(BindObject(itemClass, item, name));
            }
        }

        return list;
    }

    private Dictionary<string, WireObject> BindMap(TypeRef itemType, ParamNode node, string name)
    {
        var map = new Dictionary<string, WireObject>(StringComparer.Ordinal);
        if (itemType.Kind == TypeKind.Ref && _schema.FindClass(itemType.Name!) is { } itemClass)
        {
            foreach (var (key, item) in node.Children.Where(c => c.Value.IsArray))
            {
                map[key] = BindObject(itemClass, item, name);
            }
        }

        return map;
    }

    private object? BindEnum(EnumDef enumDef, string value, string name, bool acceptBooleans)
    {
        if (enumDef.IsInt)
        {
            if (acceptBooleans && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase))
            {
                value = "1";
            }
            else if (acceptBooleans && string.Equals(value, "false", StringComparison.OrdinalIgnoreCase))
            {
                value = "0";
            }

            if (!PhpCasts.IsInteger(value) || !enumDef.Contains(PhpCasts.ToInt(value).ToString(CultureInfo.InvariantCulture)))
            {
                throw new ApiException("INVALID_ENUM_VALUE", value, name, enumDef.Name);
            }

            var number = PhpCasts.ToInt(value);
            if (enumDef.Name == NullableBoolean)
            {
                return number switch { -1 => null, 0 => false, _ => true };
            }

            return number;
        }

        if (enumDef.Values.Count > 0 && !enumDef.Contains(value))
        {
            throw new ApiException("INVALID_ENUM_VALUE", value, name, enumDef.Name);
        }

        return CheckXml(value, name);
    }

    private object? BindEnumDefault(EnumDef enumDef, object defaultValue)
    {
        var text = defaultValue is bool b ? (b ? "1" : "0") : defaultValue.ToString()!;
        return enumDef.IsInt ? PhpCasts.ToInt(text) : text;
    }

    // propertyName names the value in validation errors: Class::property for properties, the name for parameters.
    private object CastChecked(TypeRef type, ParamNode node, string name, string propertyName) => Cast(type, node) switch
    {
        string text => CheckXml(text, name),
        double real => CheckFinite(real, propertyName),
        var value => value,
    };

    private object Cast(TypeRef type, ParamNode node)
    {
        if (node.IsArray)
        {
            // PHP casts an array to "Array" as a string, and to 1 or 0 as a number or bool.
            var truthy = node.Count > 0;
            return type.Kind switch
            {
                TypeKind.String => "Array",
                TypeKind.Bool => truthy,
                TypeKind.Float => truthy ? 1d : 0d,
                _ => truthy ? 1L : 0L,
            };
        }

        var text = node.AsText();
        return type.Kind switch
        {
            TypeKind.String => StripInvalidUtf8(text),
            TypeKind.Int => PhpCasts.ToInt(text),
            TypeKind.BigInt => PhpCasts.ToInt(text),
            TypeKind.Float => PhpCasts.ToFloat(text),
            TypeKind.Bool => PhpCasts.ToBool(text),
            TypeKind.Time => RelativeTime(PhpCasts.ToInt(text)),
            _ => text,
        };
    }

    private object? DefaultOf(TypeRef type, object? value) =>
        value is null ? null : Cast(type, ParamNode.Of(value is bool b ? (b ? "1" : "") : value.ToString()!));

    // Times within ten years of zero are relative to now (max_relative_time); 0 and -1 stay as they are.
    private long RelativeTime(long value) =>
        value is 0 or -1 || value < -MaxRelativeTime || value > MaxRelativeTime ? value : _now + value;

    // PHP casts "1e309" to INF, which no column stores and json_encode cannot write: refused before it is kept.
    private static double CheckFinite(double value, string propertyName) => value switch
    {
        double.PositiveInfinity => throw new ApiException("PROPERTY_VALIDATION_MAX_VALUE", propertyName, WireValues.FormatDouble(double.MaxValue)),
        double.NegativeInfinity => throw new ApiException("PROPERTY_VALIDATION_MIN_VALUE", propertyName, WireValues.FormatDouble(double.MinValue)),
        _ => value,
    };

    private static string CheckXml(string text, string name) =>
        InvalidXmlChars().IsMatch(text) ? throw new ApiException("INVALID_PARAMETER_CHAR", name) : text;

    private static string StripInvalidUtf8(string text) => text.Replace("\uFFFD", "", StringComparison.Ordinal);

    [GeneratedRegex(@"[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\uD800-\uDBFF\uDC00-\uDFFF]")]
    private static partial Regex InvalidXmlChars();
}
