using System.Linq;
using KalturaGen.Generator.Model;

namespace KalturaGen.Generator.Emitting;

/// <summary>
/// Emits the HttpClient implementation of a service interface: each method builds a request (a static
/// builder the multirequest calls share) and sends it over the client's <c>KalturaConnection</c>.
/// </summary>
internal static class ServiceEmitter
{
    private const string Connection = "global::KalturaGen.Runtime.KalturaConnection";

    public static string Emit(ServiceOutput output)
    {
        var service = output.Service;
        var types = new TypeExpressions(output.Context.Namespace);
        var writer = GeneratedFile.Start(output.Context.Namespace + ".Services");
        writer.WriteDoc("summary", $"Calls the Kaltura service <c>{service.Id}</c> over HTTP: the implementation of <see cref=\"I{service.Name}Service\"/>.");
        writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
        writer.WriteLine($"public sealed partial class {service.Name}Service : I{service.Name}Service");
        writer.OpenBlock();
        writer.WriteLine($$"""
            private readonly {{Connection}} _connection;

            /// <summary>Creates the service over a connection (the client shares one connection between its services).</summary>
            public {{service.Name}}Service({{Connection}} connection)
            {
                _connection = connection ?? throw new global::System.ArgumentNullException(nameof(connection));
            }
            """);
        foreach (var action in service.Actions)
        {
            var signature = new ActionSignature(types, action, service.Id);
            var parameters = signature.Parameters();
            var send = signature.ReturnsFile ? "SendForStreamAsync" : "SendAsync";
            writer.WriteLine();
            writer.WriteLine("/// <inheritdoc/>");
            writer.WriteLine($"public {signature.TaskType} {action.Name}Async({string.Join(", ", parameters.Append("global::System.Threading.CancellationToken cancellationToken = default"))})");
            writer.WriteLine($"    => _connection.{send}(Create{action.Name}Request({signature.Arguments}), cancellationToken);");
            writer.WriteLine();
            writer.WriteDoc("summary", $"Builds the request of <c>{service.Id}.{action.WireName}</c>.");
            writer.WriteLine($"internal static {signature.RequestType} Create{action.Name}Request({string.Join(", ", parameters)})");
            writer.OpenBlock();
            writer.WriteLine(signature.BuildRequest());
            writer.CloseBlock();
        }

        writer.CloseBlock();
        return writer.ToString();
    }
}
