using System.Linq;
using KalturaGen.Generator.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace KalturaGen.Generator.Emitting;

/// <summary>
/// Emits <c>{Name}Api</c>, the implementation of <c>I{Name}Api</c> that Refit's runtime hands out (registered by
/// <see cref="RefitRegistrationEmitter"/>). Refit's own generator cannot see interfaces another generator wrote, so
/// this one stands in for it; every method is one call to the runtime's <c>KalturaRefitRunner</c>, which builds the
/// request as Refit's stub would and sends it through Refit.
/// </summary>
internal static class RefitImplementationEmitter
{
    private const string Runner = "global::KalturaGen.Runtime.KalturaRefitRunner";

    public static string Emit(RefitImplementationOutput output)
    {
        var service = output.Service;
        var types = new TypeExpressions(output.Context.Namespace);
        var writer = GeneratedFile.Start(output.Context.Namespace + ".Api");
        writer.WriteDoc("summary", $"The Refit implementation of <see cref=\"I{service.Name}Api\"/>.");
        writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
        writer.WriteLine($"internal sealed partial class {service.Name}Api : I{service.Name}Api");
        writer.OpenBlock();
        writer.WriteLine($$"""
            private readonly global::Refit.RefitSettings _settings;

            public {{service.Name}}Api(global::System.Net.Http.HttpClient client, global::Refit.RefitSettings settings)
            {
                Client = client;
                _settings = settings;
            }

            /// <summary>The HTTP client this implementation sends with.</summary>
            public global::System.Net.Http.HttpClient Client { get; }
            """);
        foreach (var action in service.Actions)
        {
            var signature = new ActionSignature(types, action, service);
            var parameters = string.Join(", ", signature.RefitParameters().Select(StripAttributes).Append("global::System.Threading.CancellationToken cancellationToken"));
            var common = $"Client, _settings, typeof(I{service.Name}Api), {{0}}, {SymbolDisplay.FormatLiteral(signature.Route, true)}, {signature.BodyName}";
            var files = signature.HasFiles ? ", " + signature.FilePairs : string.Empty;
            var (send, generic) = Send(signature);
            writer.WriteLine();
            writer.WriteLine($"public {signature.TaskType} {action.Name}Async({parameters})");
            writer.WriteLine($"    => {Runner}.{send}<{generic}>({string.Format(common, Literal(action.Name + "Async"))}{files}, cancellationToken);");
            if (signature.ResultType is { } result && !signature.ReturnsFile)
            {
                var responseSend = signature.HasFiles ? "SendMultipartForResponseAsync" : "SendForResponseAsync";
                writer.WriteLine();
                writer.WriteLine($"public global::System.Threading.Tasks.Task<global::Refit.ApiResponse<{result}>> {action.ResponseName}Async({parameters})");
                writer.WriteLine($"    => {Runner}.{responseSend}<{signature.ParametersType}, {result}>({string.Format(common, Literal(action.ResponseName + "Async"))}{files}, cancellationToken);");
            }
        }

        writer.CloseBlock();
        return writer.ToString();
    }

    private static (string Method, string TypeArguments) Send(ActionSignature signature)
    {
        var parameters = signature.ParametersType;
        return (signature.HasFiles, signature.ResultType, signature.ReturnsFile) switch
        {
            (false, null, _) => ("SendVoidAsync", parameters),
            (false, _, true) => ("SendForStreamAsync", parameters),
            (false, var result, _) => ("SendAsync", $"{parameters}, {result}"),
            (true, null, _) => ("SendMultipartVoidAsync", parameters),
            (true, _, true) => ("SendMultipartForStreamAsync", parameters),
            (true, var result, _) => ("SendMultipartAsync", $"{parameters}, {result}"),
        };
    }

    private static string Literal(string text) => SymbolDisplay.FormatLiteral(text, true);

    /// <summary>A Refit parameter declaration without its attribute (the implementation does not repeat them).</summary>
    private static string StripAttributes(string declaration) =>
        declaration.StartsWith("[", System.StringComparison.Ordinal) ? declaration.Substring(declaration.IndexOf("] ", System.StringComparison.Ordinal) + 2) : declaration;
}
