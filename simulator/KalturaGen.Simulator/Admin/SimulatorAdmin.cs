using System.Security.Cryptography;
using KalturaGen.Simulator.Faults;
using KalturaGen.Simulator.Journal;
using KalturaGen.Simulator.Services.Entries;
using KalturaGen.Simulator.State;

namespace KalturaGen.Simulator.Admin;

/// <summary>
/// Test-suite control of a simulator: reset, snapshots of partners, tokens, entries and assets, the
/// request journal, the clock, injected conversion failures and fault rules. The standalone
/// simulator exposes the same operations over HTTP under <c>/__kalturagen/</c>.
/// </summary>
public sealed class SimulatorAdmin
{
    /// <summary>The most entries one <see cref="SeedEntriesAsync"/> call adds (each is held in memory).</summary>
    public const int MaxSeededEntries = 1_000_000;

    private readonly SimulatorRuntime _runtime;

    internal SimulatorAdmin(SimulatorRuntime runtime) => _runtime = runtime;

    /// <summary>The calls received so far.</summary>
    public RequestJournal Journal => _runtime.Journal;

    /// <summary>The fault rules (add rules to inject faults).</summary>
    public FaultInjector Faults => _runtime.Faults;

    /// <summary>The partners.</summary>
    public IReadOnlyList<PartnerOptions> Partners => _runtime.State.Partners.Values.OrderBy(p => p.Id).ToList();

    /// <summary>Forgets all tokens, entries, assets, sessions, journal entries and faults; deletes stored bytes.</summary>
    public Task ResetAsync(CancellationToken cancellationToken = default) => _runtime.ResetAsync(cancellationToken);

    /// <summary>Moves the clock forward (only for the simulator's own manual or offset clock).</summary>
    public void AdvanceTime(TimeSpan by)
    {
        if (_runtime.Clock is not IAdjustableClock clock)
        {
            throw new InvalidOperationException("The simulator runs on a clock it cannot advance (e.g. TimeProvider.System).");
        }

        clock.Advance(by);
    }

    /// <summary>Injects a fault rule.</summary>
    public void AddFault(FaultRule rule) => _runtime.Faults.Add(rule);

    /// <summary>Makes the next <paramref name="count"/> conversions end in ERROR_CONVERTING.</summary>
    public Task FailNextConversionsAsync(int count, CancellationToken cancellationToken = default) =>
        WithStateAsync(state => state.ConversionFailuresToInject = count, cancellationToken);

    /// <summary>
    /// Adds <paramref name="count"/> READY video entries without content to a partner, created now on the simulator
    /// clock and named <c>{namePrefix}{n}</c> (n from 1): list and paging data in milliseconds, where creating them
    /// through the API takes a request each. Move the clock between calls to spread their createdAt. Answers their ids.
    /// </summary>
    public Task<IReadOnlyList<string>> SeedEntriesAsync(
        int count, string namePrefix = "seeded-", int partnerId = SimulatorDefaults.PartnerId, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxSeededEntries);
        ArgumentNullException.ThrowIfNull(namePrefix);
        return WithStateAsync<IReadOnlyList<string>>(state =>
        {
            if (!state.Partners.ContainsKey(partnerId))
            {
                throw new ArgumentException($"The simulator has no partner {partnerId}.", nameof(partnerId));
            }

            var now = _runtime.Clock.GetUtcNow().ToUnixTimeSeconds();
            var ids = new List<string>(count);
            for (var n = 1; n <= count; n++)
            {
                var entry = new EntryRecord
                {
                    Id = EntryFactory.NewEntryId(state),
                    Sequence = state.NextSequence(),
                    PartnerId = partnerId,
                    ClassName = "KalturaMediaEntry",
                    Type = EntryType.MediaClip,
                    MediaType = MediaType.Video,
                    Status = EntryStatus.Ready,
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                entry.Props["name"] = namePrefix + n;
                state.Entries[entry.Id] = entry;
                ids.Add(entry.Id);
            }

            return ids;
        }, cancellationToken);
    }

    /// <summary>A snapshot of upload tokens (deleted ones included), optionally of one partner.</summary>
    public Task<IReadOnlyList<TokenSnapshot>> GetTokensAsync(int? partnerId = null, CancellationToken cancellationToken = default) =>
        WithStateAsync<IReadOnlyList<TokenSnapshot>>(state => state.Tokens.Values
            .Where(t => partnerId is null || t.PartnerId == partnerId)
            .OrderBy(t => t.CreatedAt)
            .Select(t => new TokenSnapshot(t.Id, t.PartnerId, t.UserId, t.Status, t.FileName, t.FileSize, t.UploadedFileSize,
                t.File?.PendingOffsets.ToList() ?? [], t.AttachedObjectType, t.AttachedObjectId))
            .ToList(), cancellationToken);

    /// <summary>A snapshot of entries (deleted and temporary ones included), optionally of one partner.</summary>
    public Task<IReadOnlyList<EntrySnapshot>> GetEntriesAsync(int? partnerId = null, CancellationToken cancellationToken = default) =>
        WithStateAsync<IReadOnlyList<EntrySnapshot>>(state => state.Entries.Values
            .Where(e => partnerId is null || e.PartnerId == partnerId)
            .OrderBy(e => e.CreatedAt)
            .Select(e => new EntrySnapshot(e.Id, e.PartnerId, e.ClassName, e.Type, e.MediaType, e.Status, e.Name, e.UserId,
                e.DisplayInSearch, e.ReplacementStatus, e.ReplacingEntryId,
                state.Assets.Values.Where(a => a.EntryId == e.Id && a.ClassName == AssetClasses.Flavor && a.Status != FlavorStatus.Deleted).Select(a => a.Id).ToList(),
                e.TransitionDueAt, e.ModerationStatus,
                state.ModerationFlags.Count(f => f.FlaggedEntryId == e.Id && f.Status == ModerationFlagStatus.Pending)))
            .ToList(), cancellationToken);

    /// <summary>A snapshot of the assets of an entry (or of all entries), with the SHA-256 of their bytes.</summary>
    public Task<IReadOnlyList<AssetSnapshot>> GetAssetsAsync(string? entryId = null, CancellationToken cancellationToken = default) =>
        WithStateAsync<IReadOnlyList<AssetSnapshot>>(state => state.Assets.Values
            .Where(a => entryId is null || a.EntryId == entryId)
            .OrderBy(a => a.CreatedAt)
            .Select(a => new AssetSnapshot(a.Id, a.EntryId, a.ClassName, a.Status, a.IsOriginal, a.FlavorParamsId, a.SizeBytes, Sha256Of(a.ContentPath)))
            .ToList(), cancellationToken);

    private async Task<T> WithStateAsync<T>(Func<SimulatorState, T> read, CancellationToken cancellationToken)
    {
        await _runtime.State.Gate.WaitAsync(cancellationToken);
        try
        {
            _runtime.Lifecycle.Settle();
            return read(_runtime.State);
        }
        finally
        {
            _runtime.State.Gate.Release();
        }
    }

    private Task WithStateAsync(Action<SimulatorState> change, CancellationToken cancellationToken) =>
        WithStateAsync<bool>(state =>
        {
            change(state);
            return true;
        }, cancellationToken);

    private static string? Sha256Of(string? path)
    {
        if (path is null || !File.Exists(path))
        {
            return null;
        }

        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
