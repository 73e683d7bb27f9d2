using Microsoft.CodeAnalysis;

namespace KalturaGen.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. Each points into the schema file (*.kgen.json) at the text that is
/// wrong. Errors stop generation for that schema; warnings do not. Ids are tracked in AnalyzerReleases.*.md.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "KalturaGen";

    public static readonly DiagnosticDescriptor InvalidJson = Error(
        "KGEN001", "Schema is not valid JSON", "The schema is not valid JSON: {0}");

    public static readonly DiagnosticDescriptor UnknownTypeReference = Error(
        "KGEN002", "Unknown type reference", "Type reference '{0}' names no definition of this schema");

    public static readonly DiagnosticDescriptor DuplicateTypeName = Error(
        "KGEN003", "Duplicate type name", "Definition '{0}' gives the C# type name '{1}', which definition '{2}' already uses");

    public static readonly DiagnosticDescriptor DuplicateProperty = Error(
        "KGEN004", "Duplicate property", "Property '{0}' of class '{1}' is already declared by class '{2}'");

    public static readonly DiagnosticDescriptor DuplicateAction = Error(
        "KGEN005", "Duplicate action", "Action '{0}' of service '{1}' gives the C# method '{2}', which action '{3}' already uses");

    public static readonly DiagnosticDescriptor DuplicateParameter = Error(
        "KGEN006", "Duplicate parameter", "Parameter '{0}' of action '{1}' is declared more than once");

    public static readonly DiagnosticDescriptor DuplicateEnumMember = Error(
        "KGEN007", "Duplicate enum member", "Enum '{0}' declares the member '{1}' more than once");

    public static readonly DiagnosticDescriptor InvalidIdentifier = Error(
        "KGEN008", "Invalid identifier", "'{0}' cannot be used as the C# name of {1}");

    public static readonly DiagnosticDescriptor MissingMember = Error(
        "KGEN009", "Missing required part", "{0} needs {1}");

    public static readonly DiagnosticDescriptor UnknownEnumKind = Error(
        "KGEN010", "Unknown enum kind", "Enum '{0}' has x-enumType '{1}'; expected 'int' or 'string'");

    public static readonly DiagnosticDescriptor BaseClassCycle = Error(
        "KGEN011", "Base class cycle", "Class '{0}' inherits from itself ({1})");

    public static readonly DiagnosticDescriptor UndeclaredError = new(
        "KGEN012",
        "Undeclared error code",
        "Action '{0}' throws '{1}', which is not declared under 'errors'",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsupportedType = Error(
        "KGEN013", "Unsupported type", "Type '{0}' cannot be used here: {1}");

    public static readonly DiagnosticDescriptor EnumNamesMismatch = Error(
        "KGEN014", "Enum names do not match values", "Enum '{0}' has {1} values but {2} names in x-enumNames");

    public static readonly DiagnosticDescriptor InvalidDefault = Error(
        "KGEN015", "Invalid default value", "Default value {0} of parameter '{1}' does not fit its type '{2}'");

    public static readonly DiagnosticDescriptor InvalidValue = Error(
        "KGEN016", "Invalid value", "{0} must be {1}");

    public static readonly DiagnosticDescriptor DuplicateServiceName = Error(
        "KGEN017", "Duplicate service name", "Service '{0}' gives the C# name '{1}', which service '{2}' already uses");

    public static readonly DiagnosticDescriptor InvalidBaseClass = Error(
        "KGEN018", "Invalid base class", "The base of class '{0}' must be a class, but '{1}' is an enum");

    public static readonly DiagnosticDescriptor InternalError = Error(
        "KGEN999", "Generator failure", "The generator failed on this schema: {0}");

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}
