using System.Linq;
using KalturaGen.Generator.Model;

namespace KalturaGen.Generator.Emitting;

/// <summary>
/// Emits <c>{Name}Service</c>, the implementation of the friendly <c>I{Name}Service</c>: each method gathers its
/// arguments into the action's parameters class and calls the service's Refit interface, <c>I{Name}Api</c>.
/// </summary>
internal static class ServiceEmitter
{
    public static string Emit(ServiceOutput output)
    {
        var service = output.Service;
        var ns = output.Context.Namespace;
        var types = new TypeExpressions(ns);
        var api = $"global::{ns}.Api.I{service.Name}Api";
        var writer = GeneratedFile.Start(ns + ".Services");
        writer.WriteDoc("summary", $"The Kaltura service <c>{service.Id}</c> with the schema's signatures, over its Refit interface <see cref=\"{api}\"/>.");
        writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
        writer.WriteLine($"public sealed partial class {service.Name}Service : I{service.Name}Service");
        writer.OpenBlock();
        writer.WriteLine($$"""
            /// <summary>Creates the service over its Refit interface (from <c>RestService.For</c> or dependency injection).</summary>
            public {{service.Name}}Service({{api}} api)
            {
                Api = api ?? throw new global::System.ArgumentNullException(nameof(api));
            }

            /// <summary>The Refit interface the calls go through.</summary>
            public {{api}} Api { get; }
            """);
        foreach (var action in service.Actions)
        {
            var signature = new ActionSignature(types, action, service);
            var parameters = signature.Parameters().Append("global::System.Threading.CancellationToken cancellationToken = default");
            writer.WriteLine();
            writer.WriteLine("/// <inheritdoc/>");
            writer.WriteLine($"public {signature.TaskType} {action.Name}Async({string.Join(", ", parameters)})");
            writer.WriteLine($"    => this.Api.{action.Name}Async({signature.NewParameters()}{signature.FileArguments}, cancellationToken);");
        }

        writer.CloseBlock();
        return writer.ToString();
    }
}
