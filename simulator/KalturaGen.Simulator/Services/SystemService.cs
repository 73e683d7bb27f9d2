using KalturaGen.Simulator.Dispatch;

namespace KalturaGen.Simulator.Services;

/// <summary>The <c>system</c> service.</summary>
internal static class SystemService
{
    /// <summary>Registers the actions.</summary>
    public static void Map(ActionRegistry registry) => registry.Add("system", "ping", Ping);

    /// <summary>system.ping answers true.</summary>
    public static ValueTask<object?> Ping(ActionContext context) => ValueTask.FromResult<object?>(true);
}
