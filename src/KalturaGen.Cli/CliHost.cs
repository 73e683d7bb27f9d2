using KalturaGen.Cli.Connection;

namespace KalturaGen.Cli;

/// <summary>
/// What the commands run against: how a connection is opened and the clock that retry delays, READY polling and the
/// verification wait run on. The process uses <see cref="Default"/>; tests run the commands in-process against their
/// own simulator and a virtual clock.
/// </summary>
/// <param name="Connect">Opens the connection the settings name.</param>
/// <param name="Clock">The clock of every wait.</param>
internal sealed record CliHost(Func<ConnectionSettings, CancellationToken, Task<KalturaConnection>> Connect, TimeProvider Clock)
{
    /// <summary>Real connections, real time.</summary>
    public static CliHost Default { get; } = new(KalturaConnection.OpenAsync, TimeProvider.System);
}
