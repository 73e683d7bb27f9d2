using System.Linq;
using KalturaGen.Generator.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace KalturaGen.Generator.Emitting;

/// <summary>
/// Emits <c>I{Name}Api</c>: the service as a real Refit interface. One <c>[Post]</c> method per action on its route,
/// the action's parameters class as <c>[Body]</c> (as the <c>json</c> part of a <c>[Multipart]</c> request when
/// the action takes files), CancellationToken last; actions with a result also get a <c>…WithResponseAsync</c>
/// method answering Refit's <c>ApiResponse&lt;T&gt;</c>.
/// </summary>
internal static class RefitInterfaceEmitter
{
    public static string Emit(RefitInterfaceOutput output)
    {
        var service = output.Service;
        var ns = output.Context.Namespace;
        var types = new TypeExpressions(ns);
        var writer = GeneratedFile.Start(ns + ".Api");
        writer.WriteDoc(
            "summary",
            $"The Kaltura service <c>{service.Id}</c> as a Refit interface. Create it with " +
            $"<c>RestService.For&lt;I{service.Name}Api&gt;(httpClient, KalturaRefit.CreateSettings(...))</c> or register it with " +
            "<c>AddRefitGeneratedClient</c>; <c>KalturaClient</c> wraps it in the friendly " +
            $"<see cref=\"global::{ns}.Services.I{service.Name}Service\"/>.");
        writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
        writer.WriteLine($"public partial interface I{service.Name}Api");
        writer.OpenBlock();
        var first = true;
        foreach (var action in service.Actions)
        {
            var signature = new ActionSignature(types, action, service);
            var parameters = string.Join(", ", signature.RefitParameters().Append("global::System.Threading.CancellationToken cancellationToken = default"));
            var attributes = Attributes(signature);
            if (!first)
            {
                writer.WriteLine();
            }

            first = false;
            writer.WriteDoc("summary", $"Calls <c>{service.Id}.{action.WireName}</c>: see <see cref=\"global::{ns}.Services.I{service.Name}Service.{action.Name}Async\"/>.");
            writer.WriteLine(attributes);
            writer.WriteLine($"{signature.TaskType} {action.Name}Async({parameters});");
            if (signature.ResultType is { } result && !signature.ReturnsFile)
            {
                writer.WriteLine();
                writer.WriteDoc("summary", $"Calls <c>{service.Id}.{action.WireName}</c> and answers with the HTTP response around the result: status, headers, and Refit's <c>ApiException</c> as <c>Error</c> for an HTTP failure; a Kaltura error is thrown as <c>KalturaApiException</c> (an <c>ApiResponse</c> can hold only an <c>ApiException</c>).");
                writer.WriteLine(attributes);
                writer.WriteLine($"global::System.Threading.Tasks.Task<global::Refit.ApiResponse<{result}>> {action.ResponseName}Async({parameters});");
            }
        }

        writer.CloseBlock();
        return writer.ToString();
    }

    private static string Attributes(ActionSignature signature)
    {
        var post = $"[global::Refit.Post({SymbolDisplay.FormatLiteral(signature.Route, true)})]";
        return signature.HasFiles ? "[global::Refit.Multipart(global::KalturaGen.Runtime.KalturaRefit.MultipartBoundary)]\n" + post : post;
    }
}
