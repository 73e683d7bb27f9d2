using System.Net;
using System.Reflection;
using KalturaGen.Runtime;
using KalturaGen.Simulator;
using Microsoft.Extensions.DependencyInjection;
using Refit;
using Xunit.Abstractions;

namespace KalturaGen.Client.Tests.Refit;

/// <summary>
/// Every method of every generated Refit interface, created with <c>RestService.For</c> and resolved from
/// <c>AddKalturaClient</c>, reaches a fresh simulator and gets a Kaltura answer: a result, or a
/// <see cref="KalturaApiException"/> with a code (never an HTTP error, a transport failure or an unreadable body).
/// </summary>
public class EveryActionTests(ITestOutputHelper output)
{
    public const string ViaRestService = "RestService.For";
    public const string ViaDependencyInjection = "AddKalturaClient";

    public static TheoryData<string, string, string> Calls()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var method in ApiSurface.Methods)
        {
            data.Add(method.DeclaringType!.Name, method.Name, ViaRestService);
            data.Add(method.DeclaringType!.Name, method.Name, ViaDependencyInjection);
        }

        return data;
    }

    [Fact]
    public void TheTableHoldsEveryMethodOfEveryApiInterfaceBothWays()
    {
        var rows = Calls().Select(row => ((string)row[0], (string)row[1], (string)row[2])).ToList();
        var declared = ApiSurface.Interfaces.Sum(i => i.GetMethods().Length);

        Assert.Equal(ApiSurface.SchemaActions().Select(a => a[..a.IndexOf('.', StringComparison.Ordinal)]).Distinct().Count(), ApiSurface.Interfaces.Count);
        Assert.Equal(2 * declared, rows.Count);
        Assert.Equal(declared, rows.Select(r => (r.Item1, r.Item2)).Distinct().Count());
        Assert.Equal(declared, rows.Count(r => r.Item3 == ViaRestService));
        Assert.Equal(declared, rows.Count(r => r.Item3 == ViaDependencyInjection));
    }

    [Fact]
    public void TheApiInterfacesCoverEveryActionOfTheSchemaOnce()
    {
        var plain = ApiSurface.Methods.Where(m => !m.Name.EndsWith("WithResponseAsync", StringComparison.Ordinal)).ToList();
        var routes = plain.Select(m => ApiSurface.Route(m)).Select(r => $"{r.Service}.{r.Action}".ToLowerInvariant()).ToList();

        Assert.Equal(routes.Count, routes.Distinct().Count());
        Assert.Equal(ApiSurface.SchemaActions().Order(StringComparer.Ordinal), routes.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task EachMethodGetsAKalturaAnswerFromTheSimulator(string interfaceName, string methodName, string creation)
    {
        var method = ApiSurface.Method(interfaceName, methodName);
        var (service, action) = ApiSurface.Route(method);
        await using var simulator = await KalturaSimulator.StartInProcessAsync();
        var arguments = await new PlausibleArguments(new SimulatorObjects(simulator)).ForAsync(method);
        await using var provider = SimulatorRefit.Services(simulator, SimulatorRefit.AdminKs(simulator));
        var api = creation == ViaRestService
            ? typeof(EveryActionTests).GetMethod(nameof(For), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(method.DeclaringType!)
                .Invoke(null, [simulator])!
            : provider.GetRequiredService(method.DeclaringType!);
        Assert.Same(typeof(KalturaClient).Assembly, api.GetType().Assembly); // the generated implementation, not a proxy
        var journaled = simulator.Admin.Journal.For(service, action).Count;

        KalturaApiException? error = null;
        try
        {
            await CheckResultAsync(method, await InvokeAsync(api, method, arguments));
        }
        catch (KalturaApiException exception)
        {
            Assert.False(string.IsNullOrEmpty(exception.Code), $"a Kaltura error without a code: {exception.RawResponse}");
            error = exception;
        }

        output.WriteLine($"{service}.{action} via {creation}: {error?.Code ?? "result"}");
        var calls = simulator.Admin.Journal.For(service, action);
        Assert.Equal(journaled + 1, calls.Count);
        Assert.Equal(error?.Code, calls[^1].ErrorCode);
    }

    private static T For<T>(KalturaSimulator simulator)
        where T : class =>
        RestService.For<T>(simulator.CreateHttpClient(), SimulatorRefit.Settings(simulator));

    private static async Task<object?> InvokeAsync(object api, MethodInfo method, object?[] arguments)
    {
        Task task;
        try
        {
            task = (Task)method.Invoke(api, arguments)!;
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(exception.InnerException);
            throw;
        }

        await task;
        return method.ReturnType.IsGenericType ? task.GetType().GetProperty("Result")!.GetValue(task) : null;
    }

    private static async Task CheckResultAsync(MethodInfo method, object? result)
    {
        var type = method.ReturnType.IsGenericType ? method.ReturnType.GetGenericArguments()[0] : null;
        switch (result)
        {
            case null:
                Assert.Null(type);
                break;
            case IApiResponse response:
                using (response)
                {
                    Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                    Assert.Null(response.Error);
                    Assert.True(response.IsSuccessful, $"{method.Name}: a 200 answer without error must be successful");
                    Assert.NotNull(type!.GetProperty("Content")!.GetValue(response));
                }

                break;
            case Stream stream:
                await using (stream)
                {
                    using var copy = new MemoryStream();
                    await stream.CopyToAsync(copy);
                    Assert.True(copy.Length > 0, $"{method.Name}: a file result without bytes");
                }

                break;
            case string text:
                Assert.False(string.IsNullOrWhiteSpace(text));
                Assert.False(text.StartsWith('"'), $"{method.Name}: a string result still JSON-quoted: {text}");
                break;
            default:
                Assert.IsAssignableFrom(type!, result);
                break;
        }
    }
}
