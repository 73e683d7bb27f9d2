using System.Collections.Concurrent;
using System.Diagnostics;
using KalturaGen.Client.Models;
using KalturaGen.Runtime;
using KalturaGen.Simulator;
using KalturaGen.Simulator.Faults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace KalturaGen.Client.Tests.Telemetry;

/// <summary>
/// Every Kaltura call is a span on the "KalturaGen" source, measured on the "KalturaGen" meter, and logged when it fails.
/// Listeners see every client in the process, so these tests run alone (<see cref="TelemetryCollection"/>).
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class CallTelemetryTests : IDisposable
{
    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly ActivityListener _listener;

    public CallTelemetryTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == KalturaTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public void Dispose() => _listener.Dispose();

    [Fact]
    public async Task ASuccessfulCallIsASpanTaggedWithServiceActionAndPartner()
    {
        await using var simulator = await KalturaSimulator.StartInProcessAsync();
        using var durations = new MetricCollector<double>(null, KalturaTelemetry.Name, KalturaTelemetry.CallDurationInstrument);
        var client = new KalturaClient(simulator.CreateHttpClient(), Options(simulator, partnerId: 100));

        var entry = await client.Media.AddAsync(new MediaEntry { Name = "traced", MediaType = Enums.MediaType.VIDEO });

        var span = Assert.Single(SpansOf("media", "add"));
        Assert.Equal("kaltura media.add", span.DisplayName);
        Assert.Equal(ActivityKind.Client, span.Kind);
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
        Assert.Equal(100, span.GetTagItem(KalturaTelemetry.PartnerIdTag));
        Assert.Null(span.GetTagItem(KalturaTelemetry.ErrorCodeTag));
        Assert.DoesNotContain(span.TagObjects, t => t.Value is string text && text.Contains(client.Ks!, StringComparison.Ordinal));
        var measured = Assert.Single(durations.GetMeasurementSnapshot());
        Assert.Equal("media", measured.Tags[KalturaTelemetry.ServiceTag]);
        Assert.Equal("add", measured.Tags[KalturaTelemetry.ActionTag]);
        Assert.False(measured.Tags.ContainsKey(KalturaTelemetry.ErrorTypeTag));
        Assert.NotNull(entry.Id);
    }

    [Fact]
    public async Task AKalturaErrorIsAnErrorSpanCountedAndLoggedWithItsCode()
    {
        await using var simulator = await KalturaSimulator.StartInProcessAsync();
        using var errors = new MetricCollector<long>(null, KalturaTelemetry.Name, KalturaTelemetry.CallErrorsInstrument);
        using var logs = new FakeLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(builder => builder.AddProvider(logs));
        var options = Options(simulator, partnerId: null);
        options.LoggerFactory = loggerFactory;
        var client = new KalturaClient(simulator.CreateHttpClient(), options);

        var error = await Assert.ThrowsAsync<KalturaApiException>(() => client.Media.GetAsync("0_missing"));

        Assert.Equal("ENTRY_ID_NOT_FOUND", error.Code);
        var span = Assert.Single(SpansOf("media", "get"));
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal("ENTRY_ID_NOT_FOUND", span.GetTagItem(KalturaTelemetry.ErrorCodeTag));
        Assert.Null(span.GetTagItem(KalturaTelemetry.PartnerIdTag));
        var counted = Assert.Single(errors.GetMeasurementSnapshot());
        Assert.Equal(1, counted.Value);
        Assert.Equal("ENTRY_ID_NOT_FOUND", counted.Tags[KalturaTelemetry.ErrorTypeTag]);
        Assert.Equal("get", counted.Tags[KalturaTelemetry.ActionTag]);
        var logged = Assert.Single(logs.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Warning, logged.Level);
        Assert.Same(error, logged.Exception);
        Assert.Contains("media.get failed with ENTRY_ID_NOT_FOUND", logged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnHttpFailureIsAnErrorSpanTypedByItsException()
    {
        await using var simulator = await KalturaSimulator.StartInProcessAsync();
        simulator.Admin.AddFault(new FaultRule { Target = "media.list", Kind = FaultKind.HttpError, StatusCode = 503 });
        using var errors = new MetricCollector<long>(null, KalturaTelemetry.Name, KalturaTelemetry.CallErrorsInstrument);
        var client = new KalturaClient(simulator.CreateHttpClient(), Options(simulator, partnerId: null));

        await Assert.ThrowsAnyAsync<Exception>(() => client.Media.ListAsync());

        var span = Assert.Single(SpansOf("media", "list"));
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Null(span.GetTagItem(KalturaTelemetry.ErrorCodeTag));
        Assert.Equal("Refit.ApiException", span.GetTagItem(KalturaTelemetry.ErrorTypeTag));
        Assert.Equal("Refit.ApiException", Assert.Single(errors.GetMeasurementSnapshot()).Tags[KalturaTelemetry.ErrorTypeTag]);
    }

    [Fact]
    public async Task AddKalturaClientLogsThroughTheContainersLoggerFactory()
    {
        await using var simulator = await KalturaSimulator.StartInProcessAsync();
        using var logs = new FakeLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(builder => builder.AddProvider(logs));
        services
            .AddKalturaClient(o =>
            {
                o.ServiceUrl = simulator.BaseAddress;
                o.Ks = simulator.CreateKs();
            })
            .ConfigurePrimaryHttpMessageHandler(() => simulator.CreateHandler());
        await using var provider = services.BuildServiceProvider();

        await Assert.ThrowsAsync<KalturaApiException>(() => provider.GetRequiredService<KalturaClient>().Media.GetAsync("0_missing"));

        var logged = Assert.Single(logs.Collector.GetSnapshot(), l => l.Category == "KalturaGen.Runtime.KalturaClient");
        Assert.Equal(LogLevel.Warning, logged.Level);
        Assert.Contains("media.get failed with ENTRY_ID_NOT_FOUND", logged.Message, StringComparison.Ordinal);
    }

    private static KalturaClientOptions Options(KalturaSimulator simulator, int? partnerId) => new()
    {
        ServiceUrl = simulator.BaseAddress,
        PartnerId = partnerId,
        Ks = simulator.CreateKs(),
        Timeout = Timeout.InfiniteTimeSpan,
    };

    /// <summary>The spans of one action (tests run in parallel, so other tests' spans may be recorded too).</summary>
    private IEnumerable<Activity> SpansOf(string service, string action) =>
        _spans.Where(s => Equals(s.GetTagItem(KalturaTelemetry.ServiceTag), service) && Equals(s.GetTagItem(KalturaTelemetry.ActionTag), action));
}
