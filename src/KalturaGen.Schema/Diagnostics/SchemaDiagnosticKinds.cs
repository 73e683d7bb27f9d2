using System.Collections.Generic;

namespace KalturaGen.Schema;

/// <summary>
/// Every problem reading a schema can find. Each points into the schema file (*.kgen.json) at the text that is
/// wrong. Errors reject the schema (the generator emits nothing, the simulator does not start); warnings do not.
/// The generator reports them under these ids (tracked in its AnalyzerReleases.*.md).
/// </summary>
public static class SchemaDiagnosticKinds
{
    /// <summary>KGEN001: schema is not valid json.</summary>
    public static readonly SchemaDiagnosticKind InvalidJson = Error(
        SchemaDiagnosticIds.InvalidJson, "Schema is not valid JSON", "The schema is not valid JSON: {0}");

    /// <summary>KGEN002: unknown type reference.</summary>
    public static readonly SchemaDiagnosticKind UnknownTypeReference = Error(
        SchemaDiagnosticIds.UnknownTypeReference, "Unknown type reference", "Type reference '{0}' names no definition of this schema");

    /// <summary>KGEN003: duplicate type name.</summary>
    public static readonly SchemaDiagnosticKind DuplicateTypeName = Error(
        SchemaDiagnosticIds.DuplicateTypeName, "Duplicate type name", "Definition '{0}' gives the C# type name '{1}', which definition '{2}' already uses");

    /// <summary>KGEN004: duplicate property.</summary>
    public static readonly SchemaDiagnosticKind DuplicateProperty = Error(
        SchemaDiagnosticIds.DuplicateProperty, "Duplicate property", "Property '{0}' of class '{1}' is already declared by class '{2}'");

    /// <summary>KGEN005: duplicate action.</summary>
    public static readonly SchemaDiagnosticKind DuplicateAction = Error(
        SchemaDiagnosticIds.DuplicateAction, "Duplicate action", "Action '{0}' of service '{1}' gives the C# method '{2}', which action '{3}' already uses");

    /// <summary>KGEN006: duplicate parameter.</summary>
    public static readonly SchemaDiagnosticKind DuplicateParameter = Error(
        SchemaDiagnosticIds.DuplicateParameter, "Duplicate parameter", "Parameter '{0}' of action '{1}' is declared more than once");

    /// <summary>KGEN007: duplicate enum member.</summary>
    public static readonly SchemaDiagnosticKind DuplicateEnumMember = Error(
        SchemaDiagnosticIds.DuplicateEnumMember, "Duplicate enum member", "Enum '{0}' declares the member '{1}' more than once");

    /// <summary>KGEN008: invalid identifier.</summary>
    public static readonly SchemaDiagnosticKind InvalidIdentifier = Error(
        SchemaDiagnosticIds.InvalidIdentifier, "Invalid identifier", "'{0}' cannot be used as the C# name of {1}");

    /// <summary>KGEN009: missing required part.</summary>
    public static readonly SchemaDiagnosticKind MissingMember = Error(
        SchemaDiagnosticIds.MissingMember, "Missing required part", "{0} needs {1}");

    /// <summary>KGEN010: unknown enum kind.</summary>
    public static readonly SchemaDiagnosticKind UnknownEnumKind = Error(
        SchemaDiagnosticIds.UnknownEnumKind, "Unknown enum kind", "Enum '{0}' has x-enumType '{1}'; expected 'int' or 'string'");

    /// <summary>KGEN011: base class cycle.</summary>
    public static readonly SchemaDiagnosticKind BaseClassCycle = Error(
        SchemaDiagnosticIds.BaseClassCycle, "Base class cycle", "Class '{0}' inherits from itself ({1})");

    /// <summary>KGEN012: undeclared error code.</summary>
    public static readonly SchemaDiagnosticKind UndeclaredError = new(
        SchemaDiagnosticIds.UndeclaredError, "Undeclared error code", "Action '{0}' throws '{1}', which is not declared under 'errors'", IsError: false);

    /// <summary>KGEN013: unsupported type.</summary>
    public static readonly SchemaDiagnosticKind UnsupportedType = Error(
        SchemaDiagnosticIds.UnsupportedType, "Unsupported type", "Type '{0}' cannot be used here: {1}");

    /// <summary>KGEN014: enum names do not match values.</summary>
    public static readonly SchemaDiagnosticKind EnumNamesMismatch = Error(
        SchemaDiagnosticIds.EnumNamesMismatch, "Enum names do not match values", "Enum '{0}' has {1} values but {2} names in x-enumNames");

    /// <summary>KGEN015: invalid default value.</summary>
    public static readonly SchemaDiagnosticKind InvalidDefault = Error(
        SchemaDiagnosticIds.InvalidDefault, "Invalid default value", "Default value {0} of parameter '{1}' does not fit its type '{2}'");

    /// <summary>KGEN016: invalid value.</summary>
    public static readonly SchemaDiagnosticKind InvalidValue = Error(
        SchemaDiagnosticIds.InvalidValue, "Invalid value", "{0} must be {1}");

    /// <summary>KGEN017: duplicate service name.</summary>
    public static readonly SchemaDiagnosticKind DuplicateServiceName = Error(
        SchemaDiagnosticIds.DuplicateServiceName, "Duplicate service name", "Service '{0}' gives the C# name '{1}', which service '{2}' already uses");

    /// <summary>KGEN018: invalid base class.</summary>
    public static readonly SchemaDiagnosticKind InvalidBaseClass = Error(
        SchemaDiagnosticIds.InvalidBaseClass, "Invalid base class", "The base of class '{0}' must be a class, but '{1}' is an enum");

    /// <summary>KGEN999: generator failure.</summary>
    public static readonly SchemaDiagnosticKind InternalError = Error(
        SchemaDiagnosticIds.InternalError, "Generator failure", "The generator failed on this schema: {0}");

    /// <summary>Every kind, for the generator's descriptor table.</summary>
    public static IReadOnlyList<SchemaDiagnosticKind> All { get; } =
    [
        InvalidJson, UnknownTypeReference, DuplicateTypeName, DuplicateProperty, DuplicateAction, DuplicateParameter, DuplicateEnumMember,
        InvalidIdentifier, MissingMember, UnknownEnumKind, BaseClassCycle, UndeclaredError, UnsupportedType, EnumNamesMismatch,
        InvalidDefault, InvalidValue, DuplicateServiceName, InvalidBaseClass, InternalError,
    ];

    private static SchemaDiagnosticKind Error(string id, string title, string message) => new(id, title, message, IsError: true);
}
