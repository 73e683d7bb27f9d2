using System.Linq;
using KalturaGen.Generator.Model;

namespace KalturaGen.Generator.Emitting;

/// <summary>
/// Emits <c>I{Name}Service</c>: one Task-returning method per action, CancellationToken last, documented from
/// the schema including the Kaltura errors each action throws. Mock it to test code that calls Kaltura.
/// </summary>
internal static class ServiceInterfaceEmitter
{
    public static string Emit(ServiceInterfaceOutput output)
    {
        var service = output.Service;
        var types = new TypeExpressions(output.Context.Namespace);
        var writer = GeneratedFile.Start(output.Context.Namespace + ".Services");
        writer.WriteSummary(Docs.Or(service.Description, $"The Kaltura service {service.Id}."));
        writer.WriteDoc("remarks", $"Wire service id: <c>{service.Id}</c>.");
        writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
        writer.WriteLine($"public partial interface I{service.Name}Service");
        writer.OpenBlock();
        var first = true;
        foreach (var action in service.Actions)
        {
            if (!first)
            {
                writer.WriteLine();
            }

            first = false;
            var signature = new ActionSignature(types, action, service);
            WriteDocs(writer, service, action);
            var parameters = signature.Parameters().Append("global::System.Threading.CancellationToken cancellationToken = default");
            writer.WriteLine($"{signature.TaskType} {action.Name}Async({string.Join(", ", parameters)});");
        }

        writer.CloseBlock();
        return writer.ToString();
    }

    private static void WriteDocs(SourceWriter writer, ServiceModel service, ActionModel action)
    {
        writer.WriteSummary(Docs.Or(action.Description, $"Calls {service.Id}.{action.WireName}."));
        foreach (var parameter in action.Params)
        {
            writer.WriteDoc("param", Docs.Param(parameter), $" name=\"{parameter.Name}\"");
        }

        writer.WriteDoc("param", "Cancels the request.", " name=\"cancellationToken\"");
        if (action.Result is { } result)
        {
            var returns = result.Kind == TypeKind.File
                ? "The response body as a stream; dispose it when done."
                : Docs.Escape(Docs.Or(action.ResultDescription, $"The {result.Describe()} the server answers with."));
            writer.WriteDoc("returns", returns);
        }

        var errors = "The server answered with a Kaltura error (an HTTP 200 carrying a KalturaAPIException).";
        if (action.Throws.Count > 0)
        {
            var items = action.Throws.Select(e =>
                $"<item><term><c>{Docs.Escape(e.Code)}</c></term><description>{Docs.Escape(e.Message ?? "(undeclared)")}</description></item>");
            errors += "\nDocumented codes:\n<list type=\"table\">\n" + string.Join("\n", items) + "\n</list>";
        }

        writer.WriteDoc("exception", errors, " cref=\"global::KalturaGen.Runtime.KalturaApiException\"");
        writer.WriteDoc("exception", "The server answered with a non-success HTTP status.", " cref=\"global::Refit.ApiException\"");
        writer.WriteDoc("exception", "The request could not be sent or its answer not received.", " cref=\"global::Refit.ApiRequestException\"");
        var remarks = $"Wire action: <c>{service.Id}.{action.WireName}</c>; KS: {action.Session}.";
        writer.WriteDoc("remarks", action.IsDeprecated ? remarks + " Deprecated by Kaltura." : remarks);
    }
}
