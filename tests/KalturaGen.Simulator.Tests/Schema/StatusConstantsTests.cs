using System.Reflection;
using KalturaGen.Simulator.Schema;
using KalturaGen.Simulator.State;

namespace KalturaGen.Simulator.Tests.Schema;

/// <summary>
/// The status and type constants the simulator's state uses (switches and patterns need constants) are the
/// schema's enums: each constant has the value of the schema member of the same name (READY_BUT_NOT_APPROVED is
/// ReadyButNotApproved), so a change to an enum in the schema fails here until the simulator follows.
/// </summary>
public sealed class StatusConstantsTests
{
    private static readonly ApiSchema Embedded = SchemaLoader.LoadEmbedded();

    /// <summary>
    /// Values the core has and the API enum does not: UploadToken::UPLOAD_TOKEN_ERROR (6) is set by no current
    /// server code and never listed in KalturaUploadTokenStatus.
    /// </summary>
    private static readonly HashSet<string> CoreOnly = ["UploadTokenStatus.Error"];

    public static TheoryData<Type, string> Pairs => new()
    {
        { typeof(EntryStatus), "KalturaEntryStatus" },
        { typeof(EntryType), "KalturaEntryType" },
        { typeof(MediaType), "KalturaMediaType" },
        { typeof(Moderation), "KalturaEntryModerationStatus" },
        { typeof(DisplayInSearchType), "KalturaEntryDisplayInSearchType" },
        { typeof(ReplacementStatus), "KalturaEntryReplacementStatus" },
        { typeof(UploadTokenStatus), "KalturaUploadTokenStatus" },
        { typeof(FlavorStatus), "KalturaFlavorAssetStatus" },
        { typeof(AttachmentStatus), "KalturaAttachmentAssetStatus" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void EachConstantIsTheSchemaMemberOfTheSameName(Type constants, string enumName)
    {
        var schemaEnum = Embedded.FindEnum(enumName);
        Assert.NotNull(schemaEnum);
        var members = schemaEnum.Names.Zip(schemaEnum.Values).ToDictionary(p => Normalize(p.First), p => p.Second);
        var fields = constants.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).ToList();
        Assert.NotEmpty(fields);
        foreach (var field in fields.Where(f => !CoreOnly.Contains($"{constants.Name}.{f.Name}")))
        {
            Assert.True(members.TryGetValue(Normalize(field.Name), out var value), $"{enumName} has no member named like {constants.Name}.{field.Name}");
            Assert.Equal(value, Convert.ToString(field.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static string Normalize(string name) => name.Replace("_", "", StringComparison.Ordinal).ToUpperInvariant();
}
