using System.Linq;
using KalturaGen.Generator.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace KalturaGen.Generator.Emitting;

/// <summary>Emits <c>KalturaClient</c>: the connection (options, KS), one friendly service per Refit interface, and multirequests.</summary>
internal static class ClientEmitter
{
    public static string Emit(RootOutput output)
    {
        var ns = output.Context.Namespace;
        var writer = GeneratedFile.Start(ns);
        var apis = output.Services
            .Select(s => $"global::{ns}.Api.I{s.Name}Api")
            .Prepend("global::KalturaGen.Runtime.IKalturaMultiRequestApi")
            .Select(api => $"global::Refit.RestService.ForGenerated<{api}>(httpClient, settings)");
        var apiParameters = output.Services
            .Select(s => $"global::{ns}.Api.I{s.Name}Api {Camel(s.Name)}Api")
            .Prepend("global::KalturaGen.Runtime.IKalturaMultiRequestApi multiRequestApi")
            .Prepend("global::KalturaGen.Runtime.KalturaConnection connection");
        writer.WriteLine($$"""
            /// <summary>
            /// The Kaltura API client: one property per service, each over its Refit interface, all sharing one
            /// <see cref="global::KalturaGen.Runtime.KalturaConnection"/> (service URL, partner, KS, client tag).
            /// </summary>
            {{GeneratedFile.GeneratedCodeAttribute}}
            public sealed partial class KalturaClient
            {
                private readonly global::KalturaGen.Runtime.IKalturaMultiRequestApi _multiRequest;

                /// <summary>The API version of the schema this client was generated from (sent as <c>apiVersion</c>).</summary>
                public const string SchemaApiVersion = {{SymbolDisplay.FormatLiteral(output.ApiVersion, true)}};

                /// <summary>Creates a client that sends its requests with <paramref name="httpClient"/>.</summary>
                /// <param name="httpClient">The HTTP client; its handlers apply. Its base address is the service URL (set from the options when it has none).</param>
                /// <param name="options">Service URL, partner, KS, client tag and timeout.</param>
                public KalturaClient(global::System.Net.Http.HttpClient httpClient, global::KalturaGen.Runtime.KalturaClientOptions options)
                    : this(httpClient, new global::KalturaGen.Runtime.KalturaConnection(options, SchemaApiVersion))
                {
                }

                /// <summary>Creates a client over an existing connection (shared KS), with Refit's runtime building each service (<c>RestService.ForGenerated</c>, no reflection).</summary>
                public KalturaClient(global::System.Net.Http.HttpClient httpClient, global::KalturaGen.Runtime.KalturaConnection connection)
                    : this(httpClient, connection, (connection ?? throw new global::System.ArgumentNullException(nameof(connection))).GetRefitSettings(global::{{ns}}.Json.KalturaJsonTypeInfoResolver.Options))
                {
                }

                private KalturaClient(global::System.Net.Http.HttpClient httpClient, global::KalturaGen.Runtime.KalturaConnection connection, global::Refit.RefitSettings settings)
                    : this(connection, connection.Prepare(httpClient), settings)
                {
                }

                private KalturaClient(global::KalturaGen.Runtime.KalturaConnection connection, global::System.Net.Http.HttpClient httpClient, global::Refit.RefitSettings settings)
                    : this(
                        connection,
                        {{string.Join(",\n            ", apis)}})
                {
                }

                /// <summary>Creates a client from Refit service instances (dependency injection does this).</summary>
                public KalturaClient(
                    {{string.Join(",\n        ", apiParameters)}})
                {
                    Connection = connection ?? throw new global::System.ArgumentNullException(nameof(connection));
                    _multiRequest = multiRequestApi ?? throw new global::System.ArgumentNullException(nameof(multiRequestApi));
            """);
        foreach (var service in output.Services)
        {
            writer.WriteLine($"        {service.Name} = new global::{ns}.Services.{service.Name}Service({Camel(service.Name)}Api);");
        }

        writer.WriteLine($$"""
                }

                /// <summary>The connection every call carries: service URL, partner, KS, client tag.</summary>
                public global::KalturaGen.Runtime.KalturaConnection Connection { get; }

                /// <summary>
                /// The Kaltura session sent with every request (starts as <see cref="global::KalturaGen.Runtime.KalturaClientOptions.Ks"/>).
                /// Setting it switches to that fixed KS. With a session renewed from a secret or a provider of your own
                /// (<see cref="global::KalturaGen.Runtime.KalturaConnection.SessionProvider"/>), it reads the KS of the most recent call.
                /// </summary>
                public string? Ks
                {
                    get => Connection.Ks;
                    set => Connection.Ks = value;
                }

                /// <summary>Starts a multirequest: queue calls on its service properties, then execute them in one HTTP request.</summary>
                public global::{{ns}}.KalturaMultiRequest CreateMultiRequest() => new(_multiRequest);
            """);
        foreach (var service in output.Services)
        {
            writer.WriteLine();
            writer.WriteLine($"    /// <summary>{Docs.Escape(Docs.Or(service.Description, $"The {service.Id} service.")).Replace("\n", " ")}</summary>");
            writer.WriteLine($"    public global::{ns}.Services.I{service.Name}Service {service.Name} {{ get; }}");
        }

        writer.WriteLine("}");
        return writer.ToString();
    }

    /// <summary>The camel-case form used for constructor parameters (<c>UploadToken</c> → <c>uploadToken</c>).</summary>
    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);
}
