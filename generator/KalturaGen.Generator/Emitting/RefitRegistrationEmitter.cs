using KalturaGen.Generator.Model;

namespace KalturaGen.Generator.Emitting;

/// <summary>
/// Emits the module initializer that registers every generated Refit implementation with Refit's runtime, so that
/// <c>RestService.For</c>, <c>RestService.ForGenerated</c> and <c>AddRefitGeneratedClient</c> return them (no reflection).
/// </summary>
internal static class RefitRegistrationEmitter
{
    public static string Emit(RootOutput output)
    {
        var writer = GeneratedFile.Start(output.Context.Namespace + ".Api");
        writer.WriteLine($$"""
            /// <summary>Registers the generated Refit implementations when the assembly loads.</summary>
            {{GeneratedFile.GeneratedCodeAttribute}}
            internal static partial class KalturaRefitRegistration
            {
                [global::System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2255:The ModuleInitializer attribute should not be used in libraries", Justification = "Refit looks implementations up in its registry: they must be there before the first RestService.For.")]
                [global::System.Runtime.CompilerServices.ModuleInitializer]
                internal static void Register()
                {
            """);
        foreach (var service in output.Services)
        {
            writer.WriteLine($"        global::Refit.RestService.RegisterGeneratedFactory<I{service.Name}Api>(static (client, builder) => new {service.Name}Api(client, builder.Settings));");
            writer.WriteLine($"        global::Refit.RestService.RegisterGeneratedSettingsFactory<I{service.Name}Api>(static (client, settings) => new {service.Name}Api(client, settings));");
        }

        writer.WriteLine("""
                }
            }
            """);
        return writer.ToString();
    }
}
