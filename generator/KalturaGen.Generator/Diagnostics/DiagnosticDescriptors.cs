using System.Collections.Generic;
using System.Linq;
using KalturaGen.Schema;
using Microsoft.CodeAnalysis;

namespace KalturaGen.Generator.Diagnostics;

/// <summary>
/// The compiler's descriptor of each <see cref="SchemaDiagnosticKind"/>: the schema reader decides what is wrong
/// and says it; the generator reports it under the same id, title and message. Ids are tracked in
/// AnalyzerReleases.*.md.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "KalturaGen";

    public static readonly DiagnosticDescriptor InvalidJson = new(
        SchemaDiagnosticIds.InvalidJson, SchemaDiagnosticKinds.InvalidJson.Title, SchemaDiagnosticKinds.InvalidJson.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnknownTypeReference = new(
        SchemaDiagnosticIds.UnknownTypeReference, SchemaDiagnosticKinds.UnknownTypeReference.Title, SchemaDiagnosticKinds.UnknownTypeReference.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DuplicateTypeName = new(
        SchemaDiagnosticIds.DuplicateTypeName, SchemaDiagnosticKinds.DuplicateTypeName.Title, SchemaDiagnosticKinds.DuplicateTypeName.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DuplicateProperty = new(
        SchemaDiagnosticIds.DuplicateProperty, SchemaDiagnosticKinds.DuplicateProperty.Title, SchemaDiagnosticKinds.DuplicateProperty.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DuplicateAction = new(
        SchemaDiagnosticIds.DuplicateAction, SchemaDiagnosticKinds.DuplicateAction.Title, SchemaDiagnosticKinds.DuplicateAction.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DuplicateParameter = new(
        SchemaDiagnosticIds.DuplicateParameter, SchemaDiagnosticKinds.DuplicateParameter.Title, SchemaDiagnosticKinds.DuplicateParameter.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DuplicateEnumMember = new(
        SchemaDiagnosticIds.DuplicateEnumMember, SchemaDiagnosticKinds.DuplicateEnumMember.Title, SchemaDiagnosticKinds.DuplicateEnumMember.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidIdentifier = new(
        SchemaDiagnosticIds.InvalidIdentifier, SchemaDiagnosticKinds.InvalidIdentifier.Title, SchemaDiagnosticKinds.InvalidIdentifier.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor MissingMember = new(
        SchemaDiagnosticIds.MissingMember, SchemaDiagnosticKinds.MissingMember.Title, SchemaDiagnosticKinds.MissingMember.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnknownEnumKind = new(
        SchemaDiagnosticIds.UnknownEnumKind, SchemaDiagnosticKinds.UnknownEnumKind.Title, SchemaDiagnosticKinds.UnknownEnumKind.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor BaseClassCycle = new(
        SchemaDiagnosticIds.BaseClassCycle, SchemaDiagnosticKinds.BaseClassCycle.Title, SchemaDiagnosticKinds.BaseClassCycle.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UndeclaredError = new(
        SchemaDiagnosticIds.UndeclaredError, SchemaDiagnosticKinds.UndeclaredError.Title, SchemaDiagnosticKinds.UndeclaredError.MessageFormat, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsupportedType = new(
        SchemaDiagnosticIds.UnsupportedType, SchemaDiagnosticKinds.UnsupportedType.Title, SchemaDiagnosticKinds.UnsupportedType.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor EnumNamesMismatch = new(
        SchemaDiagnosticIds.EnumNamesMismatch, SchemaDiagnosticKinds.EnumNamesMismatch.Title, SchemaDiagnosticKinds.EnumNamesMismatch.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidDefault = new(
        SchemaDiagnosticIds.InvalidDefault, SchemaDiagnosticKinds.InvalidDefault.Title, SchemaDiagnosticKinds.InvalidDefault.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidValue = new(
        SchemaDiagnosticIds.InvalidValue, SchemaDiagnosticKinds.InvalidValue.Title, SchemaDiagnosticKinds.InvalidValue.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DuplicateServiceName = new(
        SchemaDiagnosticIds.DuplicateServiceName, SchemaDiagnosticKinds.DuplicateServiceName.Title, SchemaDiagnosticKinds.DuplicateServiceName.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidBaseClass = new(
        SchemaDiagnosticIds.InvalidBaseClass, SchemaDiagnosticKinds.InvalidBaseClass.Title, SchemaDiagnosticKinds.InvalidBaseClass.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InternalError = new(
        SchemaDiagnosticIds.InternalError, SchemaDiagnosticKinds.InternalError.Title, SchemaDiagnosticKinds.InternalError.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = new[]
    {
        InvalidJson, UnknownTypeReference, DuplicateTypeName, DuplicateProperty, DuplicateAction, DuplicateParameter, DuplicateEnumMember, InvalidIdentifier, MissingMember, UnknownEnumKind, BaseClassCycle, UndeclaredError, UnsupportedType, EnumNamesMismatch, InvalidDefault, InvalidValue, DuplicateServiceName, InvalidBaseClass, InternalError,
    }.ToDictionary(d => d.Id);

    /// <summary>The descriptor of <paramref name="kind"/>.</summary>
    public static DiagnosticDescriptor For(SchemaDiagnosticKind kind) => ById[kind.Id];
}
