using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KalturaGen.Simulator.Tests.Support;

namespace KalturaGen.Simulator.Tests.Admin;

/// <summary>Seeding entries through the admin API: list and paging data without a request per entry.</summary>
public sealed class EntrySeedingTests
{
    [Fact]
    public async Task SeededEntriesAreReadyVideosCreatedNowThatListsShow()
    {
        await using var api = await SimulatorApi.StartAsync();
        var now = api.Clock.GetUtcNow().ToUnixTimeSeconds();

        var ids = await api.Simulator.Admin.SeedEntriesAsync(3, "x-");

        var entries = await api.Simulator.Admin.GetEntriesAsync();
        Assert.Equal(ids, entries.Select(e => e.Id));
        Assert.All(entries, e => Assert.Equal(("KalturaMediaEntry", 1, 1, 2, 100), (e.ClassName, e.Type, e.MediaType ?? 0, e.Status, e.PartnerId)));
        Assert.Equal(["x-1", "x-2", "x-3"], entries.Select(e => e.Name));
        var listed = (await api.CallAsync("media", "list", ("filter:orderBy", "+createdAt"))).GetProperty("objects").EnumerateArray().ToList();
        Assert.Equal(ids, listed.Select(e => e.GetProperty("id").GetString()));
        Assert.All(listed, e => Assert.Equal(now, e.GetProperty("createdAt").GetInt64()));
    }

    [Fact]
    public async Task SeedingOverHttpAnswersTheIdsAndRejectsBadArguments()
    {
        await using var simulator = await KalturaSimulator.StartInProcessAsync();
        using var http = simulator.CreateAdminHttpClient();
        using var anonymous = simulator.CreateHttpClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/__kalturagen/entries/seed?count=2", null)).StatusCode);
        var seeded = await (await http.PostAsync("/__kalturagen/entries/seed?count=2&namePrefix=h-", null)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(2, seeded.GetArrayLength());
        Assert.Equal(["h-1", "h-2"], (await simulator.Admin.GetEntriesAsync()).Select(e => e.Name));
        Assert.Equal(HttpStatusCode.BadRequest, (await http.PostAsync("/__kalturagen/entries/seed?count=-1", null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.PostAsync("/__kalturagen/entries/seed?count=1000001", null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.PostAsync("/__kalturagen/entries/seed?count=1&partnerId=999", null)).StatusCode);
    }
}
