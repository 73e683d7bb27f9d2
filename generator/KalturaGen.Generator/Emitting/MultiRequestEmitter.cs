using KalturaGen.Generator.Model;

namespace KalturaGen.Generator.Emitting;

/// <summary>Emits <c>KalturaMultiRequest</c>: the multirequest with one calls property per service.</summary>
internal static class MultiRequestEmitter
{
    public static string Emit(RootOutput output)
    {
        var ns = output.Context.Namespace;
        var writer = GeneratedFile.Start(ns);
        writer.WriteLine($$"""
            /// <summary>
            /// Several calls sent in one HTTP request to <c>service/multirequest</c>. Queue calls through the service
            /// properties, pass <see cref="global::KalturaGen.Runtime.KalturaCall.Reference(string?)"/> tokens to later calls,
            /// then <see cref="global::KalturaGen.Runtime.KalturaMultiRequestBase.ExecuteAsync"/>; each call then holds its
            /// own result or error.
            /// </summary>
            {{GeneratedFile.GeneratedCodeAttribute}}
            public sealed partial class KalturaMultiRequest : global::KalturaGen.Runtime.KalturaMultiRequestBase
            {
                /// <summary>Creates an empty multirequest sent through <paramref name="api"/>.</summary>
                public KalturaMultiRequest(global::KalturaGen.Runtime.IKalturaMultiRequestApi api)
                    : base(api, global::{{ns}}.Json.KalturaJsonTypeInfoResolver.Options)
                {
            """);
        foreach (var service in output.Services)
        {
            writer.WriteLine($"        {service.Name} = new global::{ns}.MultiRequest.{service.Name}Calls(this);");
        }

        writer.WriteLine("    }");
        foreach (var service in output.Services)
        {
            writer.WriteLine();
            writer.WriteLine($"    /// <summary>Queues calls to <c>{service.Id}</c>.</summary>");
            writer.WriteLine($"    public global::{ns}.MultiRequest.{service.Name}Calls {service.Name} {{ get; }}");
        }

        writer.WriteLine("}");
        return writer.ToString();
    }
}
