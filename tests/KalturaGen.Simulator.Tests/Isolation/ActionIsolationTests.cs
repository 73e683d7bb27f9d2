using System.Net.Http.Headers;
using System.Text.Json;
using KalturaGen.Simulator.Schema;
using KalturaGen.Simulator.Tests.Support;

namespace KalturaGen.Simulator.Tests.Isolation;

/// <summary>
/// Every action of the schema, called by someone who does not own the object (another user's USER KS,
/// another partner's ADMIN KS), answers what the server answers (<see cref="IsolationExpectations"/>).
/// A refused call leaves the owner's partner exactly as it was; an allowed list shows none of the
/// owner's objects where the server hides them.
/// </summary>
public sealed class ActionIsolationTests
{
    /// <summary>Every action of the schema, once per caller.</summary>
    public static TheoryData<string, string> Calls()
    {
        var data = new TheoryData<string, string>();
        foreach (var key in SchemaActions())
        {
            data.Add(key, nameof(IsolationWorld.OtherUser));
            data.Add(key, nameof(IsolationWorld.OtherPartnerAdmin));
        }

        return data;
    }

    [Fact]
    public async Task EveryActionOfTheSchemaAndTheRegistryHasAnExpectedAnswer()
    {
        await using var api = (await IsolationWorld.StartAsync()).Api;
        var registered = api.Simulator.Runtime.Registry.Keys.Select(k => k.ToLowerInvariant()).Order().ToArray();
        Assert.Equal(SchemaActions(), registered);
        Assert.Equal(SchemaActions(), IsolationExpectations.Cases.Keys.Order().ToArray());
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task ACallerWhoDoesNotOwnTheObjectGetsTheServersAnswer(string key, string callerName)
    {
        var world = await IsolationWorld.StartAsync();
        await using var api = world.Api;
        var caller = callerName == nameof(IsolationWorld.OtherUser) ? world.OtherUser : world.OtherPartnerAdmin;
        var expected = callerName == nameof(IsolationWorld.OtherUser) ? IsolationExpectations.Cases[key].OtherUser : IsolationExpectations.Cases[key].OtherPartner;
        var request = await IsolationScenarios.BuildAsync(world, caller, key);
        var before = await OwnerStateAsync(api);

        var (error, args, body) = await SendAsync(api, key, caller, request);

        var what = $"{key} as {caller.Name}: expected {expected}, got {error ?? "success"} {body}";
        switch (expected.Kind)
        {
            case ExpectedKind.NotOwner:
                Assert.True(error == "INVALID_KS", what);
                Assert.Equal(["", "-4", "INVALID_TYPE"], [args!.Value.GetProperty("KSID").GetString()!, args.Value.GetProperty("ERR_CODE").GetString()!, args.Value.GetProperty("ERR_DESC").GetString()!]);
                Assert.Equal(before, await OwnerStateAsync(api));
                break;
            case ExpectedKind.Error:
                Assert.True(error == expected.Code, what);
                Assert.Equal(before, await OwnerStateAsync(api));
                break;
            case ExpectedKind.Allowed:
                Assert.True(error is null, what);
                break;
            case ExpectedKind.Hidden:
                Assert.True(error is null, what);
                Assert.DoesNotContain(world.ForeignIds, id => body.Contains(id, StringComparison.Ordinal));
                Assert.True(!long.TryParse(body, out var count) || count == 0, what);
                break;
        }
    }

    private static string[] SchemaActions() =>
        SchemaLoader.LoadEmbedded().Services.SelectMany(s => s.Actions.Values.Select(a => $"{s.Id}.{a.Name}".ToLowerInvariant())).Order().ToArray();

    // Everything the admin API reports about the owner's partner, as text to compare.
    private static async Task<string> OwnerStateAsync(SimulatorApi api)
    {
        var admin = api.Simulator.Admin;
        var partner = IsolationWorld.OwnerPartner;
        return JsonSerializer.Serialize(new
        {
            Entries = await admin.GetEntriesAsync(partner),
            Assets = await admin.GetAssetsAsync(),
            Tokens = await admin.GetTokensAsync(partner),
        });
    }

    private static async Task<(string? Error, JsonElement? Args, string Body)> SendAsync(SimulatorApi api, string key, Caller caller, IsolationRequest request)
    {
        var (service, action) = (key[..key.IndexOf('.', StringComparison.Ordinal)], key[(key.IndexOf('.', StringComparison.Ordinal) + 1)..]);
        using var response = request switch
        {
            { UploadTokenId: { } token } => await PostMultipartAsync(api, service, action, caller, [("uploadTokenId", token)], "fileData", "chunk.mp4", [1, 2, 3]),
            { BulkCsv: { } csv } => await PostMultipartAsync(api, service, action, caller, [], "fileData", "bulk.csv", System.Text.Encoding.UTF8.GetBytes(csv)),
            _ => await api.PostFormAsync($"/api_v3/service/{service}/action/{action}", [("ks", caller.Ks), ("format", "1"), .. request.Fields]),
        };
        var body = await response.Content.ReadAsStringAsync();
        if (response.Content.Headers.ContentType?.MediaType == "application/json" && body.StartsWith('{'))
        {
            var parsed = SimulatorApi.Parse(body);
            if (parsed.TryGetProperty("objectType", out var type) && type.GetString() == "KalturaAPIException")
            {
                return (parsed.GetProperty("code").GetString(), parsed.GetProperty("args"), body);
            }
        }

        // A failed serve action answers with headers only, as the server's kRendererDieError does.
        if (response.Headers.TryGetValues("X-Kaltura", out var values) && values.First().StartsWith("error-", StringComparison.Ordinal))
        {
            return (values.First()["error-".Length..].Trim(), null, body);
        }

        return (null, null, body);
    }

    private static async Task<HttpResponseMessage> PostMultipartAsync(SimulatorApi api, string service, string action, Caller caller,
        (string Key, string Value)[] fields, string fileField, string fileName, byte[] data)
    {
        using var content = new MultipartFormDataContent { { new StringContent(caller.Ks), "ks" }, { new StringContent("1"), "format" } };
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(data);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, fileField, fileName);
        return await api.Http.PostAsync($"/api_v3/service/{service}/action/{action}", content);
    }
}
