using KalturaGen.Schema.Import;

namespace KalturaGen.Cli.SchemaImport;

/// <summary>
/// The import's warnings as a reader can take them in: Kaltura's own schema files give hundreds of one kind (OTT 5.2.3:
/// over 700 throws of error codes the file does not define), so a kind with more than <see cref="ListedPerKind"/>
/// warnings shows its first three and a count; <c>--verbose</c> lists every warning.
/// </summary>
internal static class ImportWarningReport
{
    /// <summary>How many warnings of one kind are listed in full before they are counted instead.</summary>
    public const int ListedPerKind = 5;

    private const int Examples = 3;

    public static IEnumerable<string> Lines(IReadOnlyList<ImportWarning> warnings, bool verbose)
    {
        if (verbose)
        {
            return warnings.Select(w => "warning: " + w.Text);
        }

        return warnings.GroupBy(w => w.Kind).SelectMany(kind =>
        {
            var all = kind.ToList();
            return all.Count <= ListedPerKind
                ? all.Select(w => "warning: " + w.Text)
                : all.Take(Examples).Select(w => "warning: " + w.Text)
                    .Append($"warning: ... and {all.Count - Examples} more {Describe(kind.Key)} (--verbose lists every warning)");
        });
    }

    private static string Describe(ImportWarningKind kind) => kind switch
    {
        ImportWarningKind.UndefinedError => "throws of error codes the XML does not define, left out",
        ImportWarningKind.UnnamedThrows => "<throws> without a name, left out",
        ImportWarningKind.UndefinedEnum => "enums the XML references but does not define, imported as open enums",
        ImportWarningKind.UndefinedBase => "base classes the XML does not define, imported as empty classes",
        ImportWarningKind.UndefinedClass => "classes the XML references but does not define, kept as raw JSON",
        ImportWarningKind.UndefinedInOverlay => "types the overlay references and nothing defines, kept as raw JSON",
        ImportWarningKind.EnumWithoutValues => "enums without values",
        ImportWarningKind.FileProperty => "file properties of classes, left out",
        ImportWarningKind.WidenedDefault => "int defaults that do not fit 32 bits, imported as int64",
        _ => "warnings of this kind",
    };
}
