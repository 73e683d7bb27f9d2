using KalturaGen.Generator.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace KalturaGen.Generator.Emitting;

/// <summary>Emits <c>KalturaClient</c>: options, KS, one property per service and the multirequest entry point.</summary>
internal static class ClientEmitter
{
    public static string Emit(RootOutput output)
    {
        var ns = output.Context.Namespace;
        var writer = GeneratedFile.Start(ns);
        writer.WriteLine($$"""
            /// <summary>
            /// The Kaltura API client: one property per service, all sharing one connection (HTTP client, options, KS).
            /// </summary>
            {{GeneratedFile.GeneratedCodeAttribute}}
            public sealed partial class KalturaClient
            {
                /// <summary>The API version of the schema this client was generated from (sent as <c>apiVersion</c>).</summary>
                public const string SchemaApiVersion = {{SymbolDisplay.FormatLiteral(output.ApiVersion, true)}};

                /// <summary>Creates a client that sends its requests with <paramref name="httpClient"/>.</summary>
                /// <param name="httpClient">The HTTP client; its own timeout and handlers apply too.</param>
                /// <param name="options">Service URL, partner, KS, client tag and timeout.</param>
                public KalturaClient(global::System.Net.Http.HttpClient httpClient, global::KalturaGen.Runtime.KalturaClientOptions options)
                {
                    Connection = new global::KalturaGen.Runtime.KalturaConnection(httpClient, options, SchemaApiVersion);
            """);
        foreach (var service in output.Services)
        {
            writer.WriteLine($"        {service.Name} = new global::{ns}.Services.{service.Name}Service(Connection);");
        }

        writer.WriteLine($$"""
                }

                /// <summary>The connection the services send through; use it to send requests of your own.</summary>
                public global::KalturaGen.Runtime.KalturaConnection Connection { get; }

                /// <summary>The Kaltura session sent with every request (starts as <see cref="global::KalturaGen.Runtime.KalturaClientOptions.Ks"/>).</summary>
                public string? Ks
                {
                    get => Connection.Ks;
                    set => Connection.Ks = value;
                }

                /// <summary>Starts a multirequest: queue calls on its service properties, then execute them in one HTTP request.</summary>
                public global::{{ns}}.KalturaMultiRequest CreateMultiRequest() => new(Connection);
            """);
        foreach (var service in output.Services)
        {
            writer.WriteLine();
            writer.WriteLine($"    /// <summary>{Docs.Escape(Docs.Or(service.Description, $"The {service.Id} service."))}</summary>");
            writer.WriteLine($"    public global::{ns}.Services.I{service.Name}Service {service.Name} {{ get; }}");
        }

        writer.WriteLine("}");
        return writer.ToString();
    }
}
