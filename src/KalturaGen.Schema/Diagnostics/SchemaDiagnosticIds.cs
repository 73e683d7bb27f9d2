namespace KalturaGen.Schema;

/// <summary>The ids of <see cref="SchemaDiagnosticKinds"/>, as constants (the generator's release tracking reads them).</summary>
public static class SchemaDiagnosticIds
{
    /// <summary>See <see cref="SchemaDiagnosticKinds.InvalidJson"/>.</summary>
    public const string InvalidJson = "KGEN001";

    /// <summary>See <see cref="SchemaDiagnosticKinds.UnknownTypeReference"/>.</summary>
    public const string UnknownTypeReference = "KGEN002";

    /// <summary>See <see cref="SchemaDiagnosticKinds.DuplicateTypeName"/>.</summary>
    public const string DuplicateTypeName = "KGEN003";

    /// <summary>See <see cref="SchemaDiagnosticKinds.DuplicateProperty"/>.</summary>
    public const string DuplicateProperty = "KGEN004";

    /// <summary>See <see cref="SchemaDiagnosticKinds.DuplicateAction"/>.</summary>
    public const string DuplicateAction = "KGEN005";

    /// <summary>See <see cref="SchemaDiagnosticKinds.DuplicateParameter"/>.</summary>
    public const string DuplicateParameter = "KGEN006";

    /// <summary>See <see cref="SchemaDiagnosticKinds.DuplicateEnumMember"/>.</summary>
    public const string DuplicateEnumMember = "KGEN007";

    /// <summary>See <see cref="SchemaDiagnosticKinds.InvalidIdentifier"/>.</summary>
    public const string InvalidIdentifier = "KGEN008";

    /// <summary>See <see cref="SchemaDiagnosticKinds.MissingMember"/>.</summary>
    public const string MissingMember = "KGEN009";

    /// <summary>See <see cref="SchemaDiagnosticKinds.UnknownEnumKind"/>.</summary>
    public const string UnknownEnumKind = "KGEN010";

    /// <summary>See <see cref="SchemaDiagnosticKinds.BaseClassCycle"/>.</summary>
    public const string BaseClassCycle = "KGEN011";

    /// <summary>See <see cref="SchemaDiagnosticKinds.UndeclaredError"/>.</summary>
    public const string UndeclaredError = "KGEN012";

    /// <summary>See <see cref="SchemaDiagnosticKinds.UnsupportedType"/>.</summary>
    public const string UnsupportedType = "KGEN013";

    /// <summary>See <see cref="SchemaDiagnosticKinds.EnumNamesMismatch"/>.</summary>
    public const string EnumNamesMismatch = "KGEN014";

    /// <summary>See <see cref="SchemaDiagnosticKinds.InvalidDefault"/>.</summary>
    public const string InvalidDefault = "KGEN015";

    /// <summary>See <see cref="SchemaDiagnosticKinds.InvalidValue"/>.</summary>
    public const string InvalidValue = "KGEN016";

    /// <summary>See <see cref="SchemaDiagnosticKinds.DuplicateServiceName"/>.</summary>
    public const string DuplicateServiceName = "KGEN017";

    /// <summary>See <see cref="SchemaDiagnosticKinds.InvalidBaseClass"/>.</summary>
    public const string InvalidBaseClass = "KGEN018";

    /// <summary>See <see cref="SchemaDiagnosticKinds.InternalError"/>.</summary>
    public const string InternalError = "KGEN999";
}
