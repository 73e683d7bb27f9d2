using KalturaGen.Simulator.Journal;
using KalturaGen.Simulator.Wire;
using static KalturaGen.Simulator.Tests.Support.SimulatorApi;

namespace KalturaGen.Simulator.Tests.Abuse;

/// <summary>The request journal keeps bounded values and a bounded number of entries (a ring).</summary>
public sealed class JournalBoundsTests
{
    [Fact]
    public async Task LongParameterValuesAreJournaledTruncatedWithAMarker()
    {
        await using var api = await StartAsync();
        var limits = new SimulatorLimits();
        var value = new string('v', 1_000_000);
        await api.PostFormAsync("/api_v3/service/system/action/ping?format=1", [("big", value), ("small", "kept")]);

        var journaled = api.Simulator.Admin.Journal.Entries.Single().Parameters;
        Assert.Equal("kept", journaled["small"]);
        Assert.StartsWith(value[..limits.JournalValueLength], journaled["big"]);
        Assert.EndsWith("…[truncated, 1000000 chars]", journaled["big"]);
        Assert.True(journaled["big"].Length < limits.JournalValueLength + 40);
    }

    [Fact]
    public async Task LongKeysAreJournaledTruncatedToo()
    {
        await using var api = await StartAsync();
        var limits = new SimulatorLimits();
        var key = new string('k', 100_000);
        await api.PostFormAsync("/api_v3/service/system/action/ping?format=1", [(key, "v")]);
        var name = api.Simulator.Admin.Journal.Entries.Single().Parameters.Keys.Single(k => k.StartsWith('k'));
        Assert.True(name.Length < limits.JournalValueLength + 40, $"a journaled key of {name.Length} chars");
        Assert.Contains("…[truncated, 100000 chars]", name);
    }

    [Fact]
    public async Task TheJournalDropsItsOldestEntriesPastItsBudget()
    {
        await using var api = await StartAsync();
        var limits = new SimulatorLimits();
        var fields = Enumerable.Range(0, 200).Select(i => ($"p{i}", new string('x', limits.JournalValueLength))).ToList();
        for (var i = 0; i < 100; i++)
        {
            await api.PostFormAsync($"/api_v3/service/system/action/ping?format=1&n={i}", fields);
        }

        var entries = api.Simulator.Admin.Journal.Entries;
        Assert.InRange(entries.Count, 2, 99);
        Assert.Equal(100, entries[^1].Sequence);
        Assert.Equal("99", entries[^1].Parameters["n"]);
        Assert.True(entries.Sum(e => e.Parameters.Sum(p => p.Key.Length + p.Value.Length)) <= limits.JournalChars);
    }

    [Fact]
    public async Task OneEntryKeepsABoundedShareOfTheJournal()
    {
        await using var api = await StartAsync();
        var limits = new SimulatorLimits();
        var fields = Enumerable.Range(0, 900).Select(i => ($"p{i}", new string('x', limits.JournalValueLength))).ToList();
        await api.PostFormAsync("/api_v3/service/system/action/ping?format=1", fields);

        var parameters = api.Simulator.Admin.Journal.Entries.Single().Parameters;
        Assert.Equal("[more parameters not journaled]", parameters["…"]);
        Assert.InRange(parameters.Count, 200, 300);
    }

    [Fact]
    public void TheJournalIsARingOfItsCapacity()
    {
        var journal = new RequestJournal(new SimulatorLimits { JournalCapacity = 5 });
        for (var i = 1; i <= 12; i++)
        {
            journal.Record(DateTimeOffset.UnixEpoch, "system", "ping", null, ParamNode.NewArray(), null, null);
        }

        Assert.Equal([8L, 9, 10, 11, 12], journal.Entries.Select(e => e.Sequence));
    }
}
