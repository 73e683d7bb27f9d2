namespace KalturaGen.Schema.Import;

/// <summary>What an import warning is about: a real schema file gives hundreds of some kinds, so they are reported by kind.</summary>
internal enum ImportWarningKind
{
    /// <summary>An action throws an error code the XML does not define; the throw is left out.</summary>
    UndefinedError,

    /// <summary>A <c>&lt;throws&gt;</c> element has no name; it is left out.</summary>
    UnnamedThrows,

    /// <summary>A type used as an enum is not defined; it is imported as an open enum.</summary>
    UndefinedEnum,

    /// <summary>A type only used as a base is not defined; it is imported as an empty class.</summary>
    UndefinedBase,

    /// <summary>A class is referenced but not defined; it is imported as an object kept as raw JSON.</summary>
    UndefinedClass,

    /// <summary>A type the overlay references is defined nowhere; it is imported as an object kept as raw JSON.</summary>
    UndefinedInOverlay,

    /// <summary>An enum has no values.</summary>
    EnumWithoutValues,

    /// <summary>A class property of type file; it is left out.</summary>
    FileProperty,

    /// <summary>An int default that does not fit 32 bits; the type is widened to int64.</summary>
    WidenedDefault,
}

/// <summary>One thing the XML lacks or has wrong, and how the import degraded it.</summary>
/// <param name="Kind">What it is about.</param>
/// <param name="Text">The message: what, where, and what the import did instead.</param>
internal sealed record ImportWarning(ImportWarningKind Kind, string Text)
{
    /// <inheritdoc/>
    public override string ToString() => Text;
}
