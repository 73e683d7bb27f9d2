namespace KalturaGen.Schema;

/// <summary>
/// One schema file, read and validated: its enums, classes, services and errors, with the .NET names the SDK
/// gives them.
/// </summary>
/// <remarks>
/// Equality contract: this record and everything it holds compare by value (records of strings, bools, enums
/// and <see cref="EquatableArray{T}"/>); no symbols, syntax, locations or compilations. An equal model means
/// the generator's incremental pipeline stops here and reuses every generated file.
/// </remarks>
public sealed record SchemaModel(
    string ApiVersion,
    EquatableArray<EnumModel> Enums,
    EquatableArray<ClassModel> Classes,
    EquatableArray<ServiceModel> Services,
    EquatableArray<ErrorModel> Errors);

/// <summary>An error code of the <c>errors</c> section: its message template and the names of its <c>@ARG@</c> placeholders, in order.</summary>
public sealed record ErrorModel(string Code, string Message, EquatableArray<string> Args);

/// <summary>An int enum (C# enum) or a string enum (open value type). Member values are the wire text.</summary>
public sealed record EnumModel(string KalturaName, string Name, bool IsString, string? Description, EquatableArray<EnumMemberModel> Members);

/// <summary>One enum constant: its Kaltura constant name and wire value.</summary>
public sealed record EnumMemberModel(string Name, string Value);

/// <summary>
/// A class: own properties only, base class by C# name. <paramref name="IsRaw"/> marks a class the schema only
/// names (<c>x-rawObject</c>): it derives from the runtime's <c>KalturaRawObject</c> and keeps what it reads as raw JSON.
/// </summary>
public sealed record ClassModel(
    string KalturaName,
    string Name,
    string? BaseName,
    string? Description,
    bool IsAbstract,
    EquatableArray<PropertyModel> Properties,
    bool IsRaw = false);

/// <summary>A class property: wire name, C# name, type and access flags.</summary>
public sealed record PropertyModel(
    string WireName,
    string Name,
    TypeRefModel Type,
    string? Description,
    bool IsReadOnly,
    bool IsInsertOnly,
    bool IsWriteOnly)
{
    /// <summary>
    /// Always true: the server leaves out null properties and a client sends only what it set, so any property
    /// of a Kaltura object may be absent (KalturaJsonSerializer removes every null property).
    /// </summary>
    public bool IsNullable => true;
}

/// <summary>A service: wire id (<c>uploadtoken</c>), C# name (<c>UploadToken</c>) and its actions.</summary>
public sealed record ServiceModel(string Id, string Name, string? Description, EquatableArray<ActionModel> Actions);

/// <summary>
/// An action of a service. A null <paramref name="Result"/> means void. <paramref name="CallName"/> is its method
/// on a multirequest's calls (not named like an object member); <paramref name="ResponseName"/> the stem of its
/// Refit <c>ApiResponse</c> twin (not named like another action). <paramref name="Paging"/> is set for list actions.
/// </summary>
public sealed record ActionModel(
    string WireName,
    string Name,
    string CallName,
    string ResponseName,
    string? Description,
    EquatableArray<ParamModel> Params,
    TypeRefModel? Result,
    string? ResultDescription,
    EquatableArray<ThrownErrorModel> Throws,
    string Session,
    bool IsDeprecated,
    ListPagingModel? Paging = null);

/// <summary>
/// An action parameter: its C# parameter name and its property in the action's parameters class.
/// <paramref name="Default"/> is set for optional parameters.
/// </summary>
public sealed record ParamModel(
    string WireName,
    string Name,
    string PropertyName,
    TypeRefModel Type,
    bool IsOptional,
    DefaultValueModel? Default,
    string? Description)
{
    /// <summary>
    /// True when the parameter may be left unsent: it is optional and its default is null, or its type has no
    /// constant to default to (a string enum). Null means "not sent", and the server applies its own default.
    /// </summary>
    public bool IsNullable => IsOptional && (Default is null or { Kind: DefaultKind.Null } || Type.Kind == TypeKind.StringEnum);
}

/// <summary>The kinds of schema default value.</summary>
public enum DefaultKind
{
    Null,
    Boolean,
    Number,
    String,
}

/// <summary>
/// A parameter default as written in the schema (numbers keep their JSON text); <paramref name="Member"/> names
/// the int enum member with that value, when there is one.
/// </summary>
public sealed record DefaultValueModel(DefaultKind Kind, string Text, string? Member = null);

/// <summary>An error an action documents: its code and message (message null when the code is undeclared).</summary>
public sealed record ThrownErrorModel(string Code, string? Message);
