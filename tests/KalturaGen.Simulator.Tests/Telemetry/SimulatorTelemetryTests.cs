using System.Net.Http.Headers;
using System.Text;
using KalturaGen.Simulator.Telemetry;
using KalturaGen.Simulator.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace KalturaGen.Simulator.Tests.Telemetry;

/// <summary>
/// The simulator reports every action as a span, counts requests, actions, errors by code and received bytes on its
/// meter, and logs requests and actions through the logger factory it is given.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class SimulatorTelemetryTests
{
    [Fact]
    public async Task EachActionIsASpanWithItsPartnerAndTheErrorCodeItAnswered()
    {
        using var capture = new SimulatorTelemetryCapture();
        await using var api = await SimulatorApi.StartAsync();

        await api.CallAsync("uploadToken", "add");
        var missing = await api.CallAsync("media", "get", ("entryId", "0_missing"));

        Assert.Equal("ENTRY_ID_NOT_FOUND", missing.GetProperty("code").GetString());
        var add = Assert.Single(capture.Spans, s => s.DisplayName == "uploadtoken.add");
        Assert.Equal(System.Diagnostics.ActivityKind.Server, add.Kind);
        Assert.Equal("uploadtoken", add.GetTagItem(SimulatorTelemetry.ServiceTag));
        Assert.Equal("add", add.GetTagItem(SimulatorTelemetry.ActionTag));
        Assert.Equal(100, add.GetTagItem(SimulatorTelemetry.PartnerIdTag));
        Assert.Null(add.GetTagItem(SimulatorTelemetry.ErrorCodeTag));
        Assert.Equal(System.Diagnostics.ActivityStatusCode.Unset, add.Status);
        var get = Assert.Single(capture.Spans, s => s.DisplayName == "media.get");
        Assert.Equal("ENTRY_ID_NOT_FOUND", get.GetTagItem(SimulatorTelemetry.ErrorCodeTag));
        Assert.Equal(System.Diagnostics.ActivityStatusCode.Error, get.Status);
        Assert.DoesNotContain(capture.Spans.SelectMany(s => s.TagObjects), t => Equals(t.Value, api.Ks));
    }

    [Fact]
    public async Task EachCallOfAMultiRequestIsASpanWithItsPosition()
    {
        using var capture = new SimulatorTelemetryCapture();
        await using var api = await SimulatorApi.StartAsync();

        await api.CallAsync(
            "multirequest", "null",
            ("1:service", "uploadtoken"), ("1:action", "add"),
            ("2:service", "media"), ("2:action", "get"), ("2:entryId", "0_missing"));

        Assert.Equal(1, Assert.Single(capture.Spans, s => s.DisplayName == "uploadtoken.add").GetTagItem(SimulatorTelemetry.MultiRequestIndexTag));
        Assert.Equal(2, Assert.Single(capture.Spans, s => s.DisplayName == "media.get").GetTagItem(SimulatorTelemetry.MultiRequestIndexTag));
    }

    [Fact]
    public async Task TheMeterCountsRequestsActionsErrorsByCodeAndReceivedBytes()
    {
        await using var api = await SimulatorApi.StartAsync();
        using var capture = new SimulatorTelemetryCapture();
        var body = Encoding.ASCII.GetBytes($"format=1&ks={api.Ks}&entryId=0_missing&padding={new string('x', 5000)}");
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");

        using var response = await api.Http.PostAsync("/api_v3/service/media/action/get", content);
        await api.CallAsync("uploadToken", "add");

        Assert.Equal(2, capture.Sum(SimulatorTelemetry.RequestsInstrument, (SimulatorTelemetry.StatusCodeTag, 200)));
        Assert.Equal(1, capture.Sum(SimulatorTelemetry.ActionsInstrument, (SimulatorTelemetry.ServiceTag, "media"), (SimulatorTelemetry.ActionTag, "get")));
        Assert.Equal(1, capture.Sum(SimulatorTelemetry.ActionsInstrument, (SimulatorTelemetry.ServiceTag, "uploadtoken"), (SimulatorTelemetry.ActionTag, "add")));
        Assert.Equal(1, capture.Sum(SimulatorTelemetry.ErrorsInstrument, (SimulatorTelemetry.ErrorCodeTag, "ENTRY_ID_NOT_FOUND")));
        Assert.Equal(1, capture.Sum(SimulatorTelemetry.ErrorsInstrument));
        Assert.True(capture.Sum(SimulatorTelemetry.BytesReceivedInstrument) >= body.Length);
        Assert.True(capture.Sum(SimulatorTelemetry.BytesReceivedInstrument) < body.Length + 1000);
    }

    [Fact]
    public async Task RequestsAndActionsAreLoggedThroughTheGivenLoggerFactory()
    {
        using var logs = new FakeLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        await using var api = await SimulatorApi.StartAsync(new SimulatorOptions { LoggerFactory = loggerFactory });

        await api.CallAsync("uploadToken", "add");
        await api.CallAsync("media", "get", ("entryId", "0_missing"));

        var records = logs.Collector.GetSnapshot();
        Assert.Contains(records, r => r.Id.Id == 202 && r.Message == "Action uploadtoken.add for partner 100 succeeded");
        var failed = Assert.Single(records, r => r.Id.Id == 203);
        Assert.Equal(LogLevel.Information, failed.Level);
        Assert.Equal("Action media.get for partner 100 failed with ENTRY_ID_NOT_FOUND", failed.Message);
        Assert.Contains(records, r => r.Id.Id == 201 && r.Message.StartsWith("Request POST /api_v3/service/media/action/get answered 200 after receiving ", StringComparison.Ordinal));
        Assert.DoesNotContain(records, r => r.Message.Contains(api.Ks, StringComparison.Ordinal));
    }
}
