using System.Security.Cryptography;
using KalturaGen.Simulator.Dispatch;
using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Faults;
using KalturaGen.Simulator.Journal;
using KalturaGen.Simulator.Processing;
using KalturaGen.Simulator.Schema;
using KalturaGen.Simulator.State;
using KalturaGen.Simulator.Storage;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator;

/// <summary>One simulator's parts: schema, state, clock, storage, handlers, faults and journal.</summary>
internal sealed class SimulatorRuntime : IDisposable
{
    /// <summary>Builds the runtime for a set of options.</summary>
    public SimulatorRuntime(SimulatorOptions options)
    {
        Options = options;
        Clock = options.Clock ?? new ManualClock();
        Schema = options.SchemaJson is { } json ? SchemaLoader.Parse(json) : SchemaLoader.LoadEmbedded();
        Errors = new ErrorCatalog(Schema);
        Shaper = new ResultShaper(Schema, Errors);
        State = new SimulatorState(options.EffectivePartners(), options.Seed);
        Storage = new StorageRoot(options.StorageDirectory);
        Registry = Services.ServiceMap.CreateRegistry();
        Lifecycle = new EntryLifecycle(this);
        Journal = new RequestJournal(options.Limits);
        AdminToken = options.AdminToken is { Length: > 0 } token ? token : Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
    }

    /// <summary>The options the simulator was started with.</summary>
    public SimulatorOptions Options { get; }

    /// <summary>The clock.</summary>
    public TimeProvider Clock { get; }

    /// <summary>The schema driving the wire layer.</summary>
    public ApiSchema Schema { get; }

    /// <summary>Error messages and argument names.</summary>
    public ErrorCatalog Errors { get; }

    /// <summary>Puts results in wire shape.</summary>
    public ResultShaper Shaper { get; }

    /// <summary>Tokens, entries, assets, sessions.</summary>
    public SimulatorState State { get; }

    /// <summary>Where bytes live.</summary>
    public StorageRoot Storage { get; }

    /// <summary>Action handlers.</summary>
    public ActionRegistry Registry { get; }

    /// <summary>Timed entry and asset transitions (conversion, import), settled lazily.</summary>
    public EntryLifecycle Lifecycle { get; }

    /// <summary>Injected faults.</summary>
    public FaultInjector Faults { get; } = new();

    /// <summary>The secret the HTTP admin API requires (<see cref="Admin.AdminAccess"/>).</summary>
    public string AdminToken { get; }

    /// <summary>Calls received.</summary>
    public RequestJournal Journal { get; }

    /// <summary>
    /// For an in-process simulator: a handler that reaches the simulator itself, so URL imports of its
    /// own URLs work without a network port.
    /// </summary>
    public Func<HttpMessageHandler>? SelfHandlerFactory { get; set; }

    /// <summary>Now on the simulator clock, Unix seconds.</summary>
    public long NowSeconds => Clock.GetUtcNow().ToUnixTimeSeconds();

    /// <summary>Forgets every token, entry, asset, journal entry and fault, and deletes stored bytes.</summary>
    public async Task ResetAsync(CancellationToken cancellationToken = default)
    {
        await State.Gate.WaitAsync(cancellationToken);
        try
        {
            State.Clear(Options.Seed);
            Storage.Reset();
            Journal.Clear();
            Faults.Clear();
        }
        finally
        {
            State.Gate.Release();
        }
    }

    /// <inheritdoc/>
    public void Dispose() => Storage.Dispose();
}
