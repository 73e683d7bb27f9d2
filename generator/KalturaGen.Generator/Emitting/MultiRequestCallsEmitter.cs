using System.Linq;
using KalturaGen.Generator.Model;

namespace KalturaGen.Generator.Emitting;

/// <summary>
/// Emits <c>{Name}Calls</c>: the actions of one service as multirequest calls. Each method queues a call and
/// returns its handle; actions answering with a file are left out (the server refuses them in a multirequest).
/// </summary>
internal static class MultiRequestCallsEmitter
{
    private const string Batch = "global::KalturaGen.Runtime.KalturaMultiRequestBase";

    public static string Emit(MultiRequestCallsOutput output)
    {
        var service = output.Service;
        var types = new TypeExpressions(output.Context.Namespace);
        var writer = GeneratedFile.Start(output.Context.Namespace + ".MultiRequest");
        writer.WriteDoc("summary", $"Queues calls to the Kaltura service <c>{service.Id}</c> in a multirequest.");
        writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
        writer.WriteLine($"public sealed partial class {service.Name}Calls");
        writer.OpenBlock();
        writer.WriteLine($$"""
            private readonly {{Batch}} _batch;

            internal {{service.Name}}Calls({{Batch}} batch)
            {
                _batch = batch;
            }
            """);
        foreach (var action in service.Actions)
        {
            var signature = new ActionSignature(types, action, service);
            if (signature.ReturnsFile)
            {
                continue;
            }

            var callType = action.Result is null
                ? "global::KalturaGen.Runtime.KalturaCall"
                : $"global::KalturaGen.Runtime.KalturaCall<{types.Of(action.Result)}>";
            writer.WriteLine();
            writer.WriteDoc(
                "summary",
                $"Queues <c>{service.Id}.{action.WireName}</c>; the result is on the returned call after the multirequest ran. " +
                $"See <see cref=\"global::{output.Context.Namespace}.Services.I{service.Name}Service.{action.Name}Async\"/>.");
            writer.WriteLine($"public {callType} {action.CallName}({string.Join(", ", signature.Parameters())})");
            var add = action.Result is null ? "Add" : $"Add<{types.Of(action.Result)}>";
            writer.WriteLine($"    => this._batch.{add}({signature.NewParameters()}{signature.FilePairArguments});");
        }

        writer.CloseBlock();
        return writer.ToString();
    }
}
