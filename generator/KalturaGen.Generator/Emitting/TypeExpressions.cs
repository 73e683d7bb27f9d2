using KalturaGen.Generator.Model;

namespace KalturaGen.Generator.Emitting;

/// <summary>
/// The C# spelling of schema types and the expressions that read them from a <c>Utf8JsonReader</c> and write
/// them to a <c>Utf8JsonWriter</c>, all through the KalturaGen runtime's lenient helpers.
/// </summary>
internal sealed class TypeExpressions(string rootNamespace)
{
    private const string Reader = "global::KalturaGen.Runtime.KalturaUtf8JsonReader";
    private const string Writer = "global::KalturaGen.Runtime.KalturaJsonWriter";

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

    /// <summary>True for types that become C# value types (their nullable form is <c>Nullable&lt;T&gt;</c>).</summary>
    public static bool IsValueType(TypeRefModel type) => type.Kind is TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double
        or TypeKind.Boolean or TypeKind.IntEnum or TypeKind.StringEnum;

    /// <summary>A non-null view of a nullable expression the caller has already checked.</summary>
    public static string NonNull(TypeRefModel type, string expression) =>
        IsValueType(type) ? expression + ".GetValueOrDefault()" : expression + "!";

    /// <summary>
    /// An expression reading the value <paramref name="reader"/> (a <c>ref Utf8JsonReader</c> variable) is on as a
    /// nullable <paramref name="type"/>, leaving the reader on the value's last token.
    /// </summary>
    public string Read(TypeRefModel type, string reader, int depth = 0) => type.Kind switch
    {
        TypeKind.String => $"{Reader}.ReadString(ref {reader})",
        TypeKind.Int32 => $"{Reader}.ReadInt32(ref {reader})",
        TypeKind.Int64 => $"{Reader}.ReadInt64(ref {reader})",
        TypeKind.Double => $"{Reader}.ReadDouble(ref {reader})",
        TypeKind.Boolean => $"{Reader}.ReadBoolean(ref {reader})",
        TypeKind.IntEnum => $"({Enum(type.TypeName!)}?){Reader}.ReadInt32(ref {reader})",
        TypeKind.StringEnum => $"{Reader}.ReadStringEnum<{Enum(type.TypeName!)}>(ref {reader})",
        TypeKind.Object => $"{Reader}.ReadObject<{Model(type.TypeName!)}>(ref {reader}, {Factory}.Create, {Factory}.HasSubclasses(typeof({Model(type.TypeName!)})))",
        TypeKind.Array => $"{Reader}.ReadList(ref {reader}, {ItemReader(type.Element!, depth)})",
        TypeKind.Map => $"{Reader}.ReadMap(ref {reader}, {ItemReader(type.Element!, depth)})",
        _ => $"{Reader}.ReadString(ref {reader})",
    };

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

    /// <summary>A static lambda reading a list or map item: never null in the collection (a JSON null becomes the type's default).</summary>
    private string ItemReader(TypeRefModel type, int depth)
    {
        var reader = "__reader" + depth;
        var read = Read(type, reader, depth + 1);
        return $"static (ref global::System.Text.Json.Utf8JsonReader {reader}) => " + (IsValueType(type) ? $"{read} ?? default" : $"{read}!");
    }
}
