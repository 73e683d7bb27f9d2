using System.Collections.Generic;
using System.Linq;
using KalturaGen.Generator.Model;

namespace KalturaGen.Generator.Emitting;

/// <summary>
/// The C# spelling of schema types, the runtime codecs that read and write their values, and the expressions that
/// write action parameters to a <c>Utf8JsonWriter</c>.
/// </summary>
internal sealed class TypeExpressions(string rootNamespace)
{
    private const string Writer = "global::KalturaGen.Runtime.KalturaJsonWriter";
    private const string Codecs = "global::KalturaGen.Runtime.KalturaCodecs";

    /// <summary>The namespace the SDK is generated into.</summary>
    public string RootNamespace => rootNamespace;

    public string Factory => $"global::{rootNamespace}.Json.KalturaObjectFactory";

    public string Model(string name) => $"global::{rootNamespace}.Models.{name}";

    public string Enum(string name) => $"global::{rootNamespace}.Enums.{name}";

    /// <summary>The C# type of a value of <paramref name="type"/> (without nullability).</summary>
    public string Of(TypeRefModel type) => type.Kind switch
    {
        TypeKind.String => "string",
        TypeKind.Int32 => "int",
        TypeKind.Int64 => "long",
        TypeKind.Double => "double",
        TypeKind.Boolean => "bool",
        TypeKind.IntEnum or TypeKind.StringEnum => Enum(type.TypeName!),
        TypeKind.Object => Model(type.TypeName!),
        TypeKind.Array => $"global::System.Collections.Generic.IList<{Of(type.Element!)}>",
        TypeKind.Map => $"global::System.Collections.Generic.IDictionary<string, {Of(type.Element!)}>",
        _ => "global::KalturaGen.Runtime.KalturaFile",
    };

    /// <summary>
    /// The runtime codec (<c>KalturaCodecs</c>) of a value of <paramref name="type"/>: what member tables and list and
    /// map results read and write through. A class is read by <c>objectType</c> only when it is in <paramref name="subclassed"/>.
    /// </summary>
    public string Codec(TypeRefModel type, IEnumerable<string> subclassed) => type.Kind switch
    {
        TypeKind.Int32 => Codecs + ".Int32",
        TypeKind.Int64 => Codecs + ".Int64",
        TypeKind.Double => Codecs + ".Double",
        TypeKind.Boolean => Codecs + ".Boolean",
        TypeKind.IntEnum => $"{Codecs}.IntEnum<{Enum(type.TypeName!)}>()",
        TypeKind.StringEnum => $"{Codecs}.StringEnum<{Enum(type.TypeName!)}>()",
        TypeKind.Object => $"{Codecs}.Object<{Model(type.TypeName!)}>({Factory}.Create, {(subclassed.Contains(type.TypeName!) ? "true" : "false")})",
        TypeKind.Array => $"{Codecs}.List<{Of(type.Element!)}>({Codec(type.Element!, subclassed)})",
        TypeKind.Map => $"{Codecs}.Map<{Of(type.Element!)}>({Codec(type.Element!, subclassed)})",
        _ => Codecs + ".String", // strings, and files, which the schema allows only as action parameters and results
    };

    /// <summary>True for types that become C# value types (their nullable form is <c>Nullable&lt;T&gt;</c>).</summary>
    public static bool IsValueType(TypeRefModel type) => type.Kind is TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double
        or TypeKind.Boolean or TypeKind.IntEnum or TypeKind.StringEnum;

    /// <summary>An expression (a call) writing the non-null <paramref name="value"/> as a JSON value.</summary>
    public string Write(TypeRefModel type, string writer, string value, string mode, int depth = 0)
    {
        var (w, item, m) = ("__w" + depth, "__item" + depth, "__m" + depth);
        return type.Kind switch
        {
            TypeKind.String => $"{writer}.WriteStringValue({value})",
            TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double => $"{writer}.WriteNumberValue({value})",
            TypeKind.Boolean => $"{writer}.WriteBooleanValue({value})",
            TypeKind.IntEnum => $"{writer}.WriteNumberValue((int){value})",
            TypeKind.StringEnum => $"{writer}.WriteStringValue({value}.Value)",
            TypeKind.Object => $"{value}.WriteTo({writer}, {mode})",
            TypeKind.Array => $"{Writer}.WriteList({writer}, {value}, {mode}, static ({w}, {item}, {m}) => {Write(type.Element!, w, item, m, depth + 1)})",
            TypeKind.Map => $"{Writer}.WriteMap({writer}, {value}, {mode}, static ({w}, {item}, {m}) => {Write(type.Element!, w, item, m, depth + 1)})",
            _ => $"{writer}.WriteNullValue()",
        };
    }
}
