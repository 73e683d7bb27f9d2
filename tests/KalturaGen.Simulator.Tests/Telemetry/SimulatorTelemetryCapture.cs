using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using KalturaGen.Simulator.Telemetry;

namespace KalturaGen.Simulator.Tests.Telemetry;

/// <summary>An in-memory ActivityListener and MeterListener on the simulator's source and meter.</summary>
public sealed class SimulatorTelemetryCapture : IDisposable
{
    private readonly ActivityListener _activities;
    private readonly MeterListener _meters = new();

    public SimulatorTelemetryCapture()
    {
        _activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == SimulatorTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = Spans.Enqueue,
        };
        ActivitySource.AddActivityListener(_activities);
        _meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == SimulatorTelemetry.Name)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            Measurements.Enqueue(new Measurement(instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        _meters.Start();
    }

    /// <summary>The spans that ended.</summary>
    public ConcurrentQueue<Activity> Spans { get; } = new();

    /// <summary>The recorded measurements.</summary>
    public ConcurrentQueue<Measurement> Measurements { get; } = new();

    /// <summary>The sum of <paramref name="instrument"/>'s measurements whose tags include <paramref name="tags"/>.</summary>
    public long Sum(string instrument, params (string Key, object Value)[] tags) =>
        Measurements.Where(m => m.Instrument == instrument && tags.All(t => m.Tags.TryGetValue(t.Key, out var v) && Equals(v, t.Value))).Sum(m => m.Value);

    public void Dispose()
    {
        _activities.Dispose();
        _meters.Dispose();
    }

    /// <summary>One measurement.</summary>
    public sealed record Measurement(string Instrument, long Value, IReadOnlyDictionary<string, object?> Tags);
}
