using System.Reflection;
using KalturaGen.Generator.Tests.TestHelpers;
using KalturaGen.Runtime;
using Microsoft.CodeAnalysis;

namespace KalturaGen.Generator.Tests.Refit;

/// <summary>
/// The guardrail: the Refit interfaces we emit are genuine Refit interfaces, and our implementations send exactly
/// what Refit's own generated stubs send. The ingestion SDK is compiled twice, once with our implementations and
/// once with Refit's generator (InterfaceStubGeneratorV2, from the Refit package) implementing the same emitted
/// interface source; every method of every interface is called on both with the same arguments through the same
/// settings, and the recorded requests must be identical (multipart boundary masked).
/// </summary>
public class RefitGuardrailTests
{
    private static readonly Lazy<(Assembly Ours, Assembly Refit, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Stubs)> Sdks = new(Build);

    [Fact]
    public void RefitsGeneratorImplementsEveryEmittedInterfaceWithoutComplaint()
    {
        var (_, refit, diagnostics, stubs) = Sdks.Value;
        Assert.Empty(diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
        foreach (var api in Interfaces(refit))
        {
            Assert.Contains(stubs, s => s.StartsWith(api.Name, StringComparison.Ordinal));
            var instance = global::Refit.RestService.ForGenerated(api, new HttpClient { BaseAddress = new Uri("http://guardrail.test/") }, Settings(refit));
            Assert.StartsWith("Refit.Implementation.", instance.GetType().FullName, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task EveryActionSendsExactlyWhatRefitsOwnStubSends()
    {
        var (ours, refit, _, _) = Sdks.Value;
        var compared = 0;
        foreach (var ourApi in Interfaces(ours))
        {
            var refitApi = refit.GetType(ourApi.FullName!, throwOnError: true)!;
            Assert.DoesNotContain("Refit.Implementation", ImplementationOf(ourApi, ours).FullName, StringComparison.Ordinal);
            foreach (var ourMethod in ourApi.GetMethods())
            {
                var refitMethod = refitApi.GetMethod(ourMethod.Name)!;
                var expected = await SendAsync(refit, refitApi, refitMethod);
                var actual = await SendAsync(ours, ourApi, ourMethod);
                Assert.True(expected.Text == actual.Text, $"{ourApi.Name}.{ourMethod.Name} differs from Refit's stub.\n--- Refit's stub:\n{expected.Text}\n--- ours:\n{actual.Text}");
                compared++;
            }
        }

        var actions = ours.GetTypes().Count(t => t.Name.EndsWith("Parameters", StringComparison.Ordinal) && t.IsSubclassOf(typeof(KalturaParameters)));
        Assert.True(compared >= actions, $"compared {compared} methods for {actions} actions");
    }

    private static async Task<RecordedRequest> SendAsync(Assembly sdk, Type api, MethodInfo method)
    {
        var handler = new RecordingHandler();
        var client = global::Refit.RestService.ForGenerated(api, new HttpClient(handler) { BaseAddress = new Uri("http://guardrail.test/kaltura/") }, Settings(sdk));
        try
        {
            await (Task)method.Invoke(client, SampleArguments.For(method, sdk))!;
        }
        catch (Exception exception) when (exception is KalturaApiException or TargetInvocationException { InnerException: KalturaApiException })
        {
            // The handler answers every call with a Kaltura error: expected after the request was recorded.
        }

        return Assert.Single(handler.Requests);
    }

    private static global::Refit.RefitSettings Settings(Assembly sdk)
    {
        var options = (System.Text.Json.JsonSerializerOptions)sdk.GetType("Guardrail.Client.Json.KalturaJsonTypeInfoResolver", throwOnError: true)!
            .GetProperty("Options")!.GetValue(null)!;
        var connection = new KalturaConnection(
            new KalturaClientOptions { ServiceUrl = new Uri("http://guardrail.test/kaltura/"), PartnerId = 100, Ks = "guardrail-ks", ClientTag = "guardrail" },
            "3.3.0");
        return KalturaRefit.CreateSettings(connection, options);
    }

    private static IEnumerable<Type> Interfaces(Assembly sdk) =>
        sdk.GetTypes().Where(t => t.IsInterface && t.Namespace == "Guardrail.Client.Api" && t.Name.EndsWith("Api", StringComparison.Ordinal)).OrderBy(t => t.Name);

    private static Type ImplementationOf(Type api, Assembly sdk) =>
        global::Refit.RestService.ForGenerated(api, new HttpClient { BaseAddress = new Uri("http://guardrail.test/") }, Settings(sdk)).GetType();

    private static (Assembly, Assembly, IReadOnlyList<Diagnostic>, IReadOnlyList<string>) Build()
    {
        var run = GeneratorHarness.Run(IngestionSchema.Text, "/repo/schema/kaltura-ingestion.kgen.json", GeneratorHarness.Options("Guardrail.Client"));
        Assert.Empty(run.Diagnostics);
        var ours = RefitStubCompiler.WithOurImplementations(run);
        var (refit, diagnostics, stubs) = RefitStubCompiler.WithRefitStubs(run);
        return (ours, refit, diagnostics, stubs);
    }
}
