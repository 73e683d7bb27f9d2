using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace KalturaGen.Simulator.Telemetry;

/// <summary>The simulator's activity source and instruments (nothing is recorded unless someone listens).</summary>
internal static class SimulatorInstruments
{
    public static readonly ActivitySource Source = new(SimulatorTelemetry.Name);

    private static readonly Meter Meter = new(SimulatorTelemetry.Name);

    public static readonly Counter<long> Requests = Meter.CreateCounter<long>(
        SimulatorTelemetry.RequestsInstrument, "{request}", "api_v3 HTTP requests answered by the simulator.");

    public static readonly Counter<long> Actions = Meter.CreateCounter<long>(
        SimulatorTelemetry.ActionsInstrument, "{action}", "Kaltura actions dispatched by the simulator.");

    public static readonly Counter<long> Errors = Meter.CreateCounter<long>(
        SimulatorTelemetry.ErrorsInstrument, "{action}", "Kaltura actions the simulator answered with an error, by code.");

    public static readonly Counter<long> BytesReceived = Meter.CreateCounter<long>(
        SimulatorTelemetry.BytesReceivedInstrument, "By", "Request body bytes the simulator's api_v3 received.");
}
