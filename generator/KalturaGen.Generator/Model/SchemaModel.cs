namespace KalturaGen.Generator.Model;

/// <summary>
/// Everything the generator emits from one schema file.
/// </summary>
/// <remarks>
/// Equality contract: this record and everything it holds compare by value (records of strings, bools, enums
/// and <see cref="EquatableArray{T}"/>); no symbols, syntax, locations or compilations. An equal model means
/// the incremental pipeline stops here and reuses every generated file.
/// </remarks>
internal sealed record SchemaModel(
    string Namespace,
    string SchemaStem,
    string ApiVersion,
    EquatableArray<EnumModel> Enums,
    EquatableArray<ClassModel> Classes,
    EquatableArray<ServiceModel> Services);

/// <summary>An int enum (C# enum) or a string enum (open value type). Member values are the wire text.</summary>
internal sealed record EnumModel(string KalturaName, string Name, bool IsString, string? Description, EquatableArray<EnumMemberModel> Members);

/// <summary>One enum constant: its Kaltura constant name and wire value.</summary>
internal sealed record EnumMemberModel(string Name, string Value);

/// <summary>
/// A class: own properties only, base class by C# name. <paramref name="IsRaw"/> marks a class the schema only
/// names (<c>x-rawObject</c>): it derives from the runtime's <c>KalturaRawObject</c> and keeps what it reads as raw JSON.
/// </summary>
internal sealed record ClassModel(
    string KalturaName,
    string Name,
    string? BaseName,
    string? Description,
    bool IsAbstract,
    EquatableArray<PropertyModel> Properties,
    bool IsRaw = false);

/// <summary>A class property: wire name, C# name, type and access flags.</summary>
internal sealed record PropertyModel(
    string WireName,
    string Name,
    TypeRefModel Type,
    string? Description,
    bool IsReadOnly,
    bool IsInsertOnly,
    bool IsWriteOnly);

/// <summary>A service: wire id (<c>uploadtoken</c>), C# name (<c>UploadToken</c>) and its actions.</summary>
internal sealed record ServiceModel(string Id, string Name, string? Description, EquatableArray<ActionModel> Actions);

/// <summary>
/// An action of a service. A null <paramref name="Result"/> means void. <paramref name="CallName"/> is its method
/// on a multirequest's calls (not named like an object member); <paramref name="ResponseName"/> the stem of its
/// Refit <c>ApiResponse</c> twin (not named like another action). <paramref name="Paging"/> is set for list actions.
/// </summary>
internal sealed record ActionModel(
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
internal sealed record ParamModel(
    string WireName,
    string Name,
    string PropertyName,
    TypeRefModel Type,
    bool IsOptional,
    DefaultValueModel? Default,
    string? Description);

/// <summary>The kinds of schema default value.</summary>
internal enum DefaultKind
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
internal sealed record DefaultValueModel(DefaultKind Kind, string Text, string? Member = null);

/// <summary>An error an action documents: its code and message (message null when the code is undeclared).</summary>
internal sealed record ThrownErrorModel(string Code, string? Message);
