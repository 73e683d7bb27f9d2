namespace KalturaGen.Generator.Tests.Packaging;

/// <summary>The sources of the consumer projects the packaging test builds.</summary>
internal static class ConsumerSources
{
    /// <summary>
    /// Calls the packaged ingestion SDK against a stub handler three ways: the friendly client, the Refit interface
    /// from Refit's runtime (<c>RestService.ForGenerated</c>), and dependency injection (<c>AddKalturaClient</c>).
    /// </summary>
    public const string SdkUserProgram = """
        using System.Net;
        using System.Text;
        using KalturaGen.Client;
        using KalturaGen.Client.Api;
        using KalturaGen.Client.Enums;
        using KalturaGen.Runtime;
        using Microsoft.Extensions.DependencyInjection;

        var handler = new StubHandler();
        var options = new KalturaClientOptions { ServiceUrl = new Uri("http://kaltura.test/"), Ks = "consumer-ks" };
        var client = new KalturaClient(new HttpClient(handler), options);
        var token = await client.UploadToken.GetAsync("1_packed");
        Console.WriteLine($"token {token.Id} {token.Status}");
        Console.WriteLine(handler.Seen);

        var settings = new KalturaConnection(options, KalturaClient.SchemaApiVersion).GetRefitSettings(KalturaGen.Client.Json.KalturaJsonTypeInfoResolver.Options);
        var api = Refit.RestService.ForGenerated<IUploadTokenApi>(new HttpClient(handler) { BaseAddress = options.ServiceUrl }, settings);
        var viaRefit = await api.GetAsync(new UploadTokenGetParameters { UploadTokenId = "1_packed" });
        Console.WriteLine($"refit {viaRefit.Id} via {api.GetType().Name}");

        var services = new ServiceCollection();
        services.AddKalturaClient(o => { o.ServiceUrl = options.ServiceUrl; o.Ks = "consumer-ks"; }).ConfigurePrimaryHttpMessageHandler(() => handler);
        await using var provider = services.BuildServiceProvider();
        var viaDi = await provider.GetRequiredService<IUploadTokenApi>().GetAsync(new UploadTokenGetParameters { UploadTokenId = "1_packed" });
        Console.WriteLine($"di {viaDi.Id} {handler.Seen}");
        return token.Status == UploadTokenStatus.FULL_UPLOAD ? 0 : 1;

        sealed class StubHandler : HttpMessageHandler
        {
            public string Seen { get; private set; } = "";

            protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                var body = await request.Content!.ReadAsStringAsync(cancellationToken);
                var ks = body.Contains("\"ks\":\"consumer-ks\"") ? "consumer-ks" : "none";
                Seen = $"sent {string.Join('.', request.RequestUri!.Segments[^3].TrimEnd('/'), request.RequestUri.Segments[^1])} with ks {ks}";
                return new HttpResponseMessage(HttpStatusCode.OK)
                {
                    RequestMessage = request,
                    Content = new StringContent("{\"id\":\"1_packed\",\"status\":2,\"objectType\":\"KalturaUploadToken\"}", Encoding.UTF8, "application/json"),
                };
            }
        }
        """;

    /// <summary>A schema of the consumer's own API (a small weather service).</summary>
    public const string WeatherSchema = """
        {
          "info": { "title": "Weather", "apiVersion": "1.0" },
          "definitions": {
            "KalturaSky": { "x-enumType": "string", "type": "string", "x-enumValues": ["sun", "rain"], "x-enumNames": ["SUNNY", "RAINY"] },
            "KalturaForecast": {
              "type": "object",
              "properties": {
                "city": { "type": "string" },
                "temperature": { "type": "number", "readOnly": true },
                "sky": { "$ref": "#/definitions/KalturaSky", "readOnly": true }
              }
            }
          },
          "services": {
            "forecast": {
              "name": "forecast",
              "actions": {
                "get": { "params": [{ "name": "city", "type": "string" }], "result": { "$ref": "#/definitions/KalturaForecast" } }
              }
            }
          },
          "errors": {}
        }
        """;

    /// <summary>Uses the SDK generated in the consumer from <see cref="WeatherSchema"/> (namespace: the project's RootNamespace).</summary>
    public const string OwnSdkProgram = """
        using System.Net;
        using System.Text;
        using Contoso.Weather;
        using Contoso.Weather.Enums;
        using Contoso.Weather.Services;
        using KalturaGen.Runtime;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;

        var handler = new StubHandler();
        var client = new KalturaClient(new HttpClient(handler), new KalturaClientOptions { ServiceUrl = new Uri("http://weather.test/") });
        var forecast = await client.Forecast.GetAsync("Paris");
        Console.WriteLine($"forecast {forecast.City} {forecast.Temperature?.ToString(System.Globalization.CultureInfo.InvariantCulture)} {(forecast.Sky == Sky.SUNNY ? "SUNNY" : "?")}");
        Console.WriteLine(handler.Seen);

        // The consumer's own AddKalturaClient: a named client bound from configuration (the binding is the runtime's).
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Weather:ServiceUrl"] = "http://weather.test/", ["Weather:Ks"] = "weather-ks" })
            .Build();
        var services = new ServiceCollection();
        services.AddKalturaClient("weather", configuration.GetSection("Weather")).ConfigurePrimaryHttpMessageHandler(() => handler);
        await using var provider = services.BuildServiceProvider();
        var viaDi = await provider.GetRequiredKeyedService<IForecastService>("weather").GetAsync("Paris");
        Console.WriteLine($"named {viaDi.City} {handler.Seen} with {provider.GetRequiredKeyedService<KalturaClient>("weather").Ks}");
        return 0;

        sealed class StubHandler : HttpMessageHandler
        {
            public string Seen { get; private set; } = "";

            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                Seen = $"sent {request.RequestUri!.Segments[^3].TrimEnd('/')}.{request.RequestUri.Segments[^1]}";
                return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
                {
                    Content = new StringContent("{\"city\":\"Paris\",\"temperature\":21.5,\"sky\":\"sun\",\"objectType\":\"KalturaForecast\"}", Encoding.UTF8, "application/json"),
                });
            }
        }
        """;
}
