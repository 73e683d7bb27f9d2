using KalturaGen.Generator.Model;

namespace KalturaGen.Generator.Emitting;

/// <summary>Emits an int enum as a C# enum whose members are the Kaltura constant names.</summary>
internal static class EnumEmitter
{
    public static string Emit(EnumOutput output)
    {
        var model = output.Enum;
        var writer = GeneratedFile.Start(output.Context.Namespace + ".Enums");
        writer.WriteSummary(Docs.Or(model.Description, $"The Kaltura enum {model.KalturaName}."));
        writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
        writer.WriteLine($"public enum {Identifiers.Escape(model.Name)}");
        writer.OpenBlock();
        foreach (var member in model.Members)
        {
            writer.WriteDoc("summary", $"The value <c>{member.Value}</c>.");
            writer.WriteLine($"{Identifiers.Escape(member.Name)} = {member.Value},");
        }

        writer.CloseBlock();
        return writer.ToString();
    }
}
