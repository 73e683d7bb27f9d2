using KalturaGen.Runtime;
using KalturaGen.Simulator.Telemetry;

namespace KalturaGen.Client.Tests.Telemetry;

/// <summary>
/// The simulator writes its tag names itself (it does not reference the SDK); a client call and the simulator action
/// that answered it must still carry the same tag names, so traces of both sides line up.
/// </summary>
public sealed class SharedTagNamesTests
{
    [Fact]
    public void TheSimulatorTagsAClientCallsServiceActionPartnerAndErrorCodeUnderTheClientsNames()
    {
        Assert.Equal(KalturaTelemetry.ServiceTag, SimulatorTelemetry.ServiceTag);
        Assert.Equal(KalturaTelemetry.ActionTag, SimulatorTelemetry.ActionTag);
        Assert.Equal(KalturaTelemetry.PartnerIdTag, SimulatorTelemetry.PartnerIdTag);
        Assert.Equal(KalturaTelemetry.ErrorCodeTag, SimulatorTelemetry.ErrorCodeTag);
    }
}
