using KalturaGen.Simulator.Sessions;
using KalturaGen.Simulator.Tests.Support;
using KalturaGen.Simulator.Wire;
using static KalturaGen.Simulator.Tests.Support.SimulatorApi;

namespace KalturaGen.Simulator.Tests.UploadTokens;

/// <summary>
/// A chunk is placed into the token's file while its request is read only for a caller the call itself would let write
/// the token (ChunkPlacer, CallerMayPlace): the KS verifies (KsCracker), is valid (KsValidator) and sees the token as
/// UploadTokenService::uploadAction's UploadTokenPeer::retrieveByPK does (partner, and user for a USER KS). Anyone else
/// gets no placement: the token's lock stays free while their body streams and the call answers as before.
/// </summary>
public sealed class ChunkPlacementCallerTests
{
    /// <summary>Callers who may not write alice's token, and the error their call gets.</summary>
    public static TheoryData<string, string> Intruders => new()
    {
        { "none", "MISSING_KS" },
        { "other partner", "UPLOAD_TOKEN_NOT_FOUND" },
        { "other user", "UPLOAD_TOKEN_NOT_FOUND" },
        { "expired", "INVALID_KS" },
        { "forged", "INVALID_KS" },
    };

    [Theory]
    [MemberData(nameof(Intruders))]
    public async Task AnIntruderGetsNoPlacementAndTheTokenStaysFreeForItsOwner(string intruder, string expectedCode)
    {
        await using var api = await StartAsync(TwoPartners());
        var alice = api.CreateKs(SessionKind.User, "alice");
        var (id, first) = await ChunkRequests.TokenWithFirstChunkAsync(api, 100, ks: alice);
        var ks = IntruderKs(api, intruder);

        // The intruder's body is read (its part in the open request) but not placed: the file's lock is free.
        using (var pending = await ChunkRequests.ReadAsync(api, id, TestData.Bytes(50, 9), resumeAt: 100, ks))
        {
            var part = Assert.IsType<UploadedFilePart>(pending.Parameters.Get("fileData")!.File);
            Assert.Null(part.Placement);
            Assert.NotNull(part.TempPath);
            var file = api.Simulator.Runtime.State.Tokens[id].File!;
            Assert.Equal(100, new FileInfo(file.Path).Length);

            // Meanwhile the owner's chunk at the same offset goes through.
            var second = TestData.Bytes(50, 2);
            var rightful = await ChunkRequests.PostAsync(api, id, second, resumeAt: 100, finalChunk: false, alice);
            Assert.Equal(150, rightful.GetProperty("uploadedFileSize").GetInt64());
            first = [.. first, .. second];
        }

        // The intruder's whole call is refused with the error it got before placement existed; the file is unchanged.
        AssertError(await ChunkRequests.PostAsync(api, id, TestData.Bytes(50, 9), resumeAt: 150, finalChunk: false, ks), expectedCode);
        var token = api.Simulator.Runtime.State.Tokens[id].File!;
        Assert.Equal(150, token.Size);
        Assert.Equal(TestData.Sha256(first), TestData.Sha256(await File.ReadAllBytesAsync(token.Path)));
        Assert.True(token.Lock.Wait(0), "the file's lock is free");
        token.Lock.Release();
    }

    [Fact]
    public async Task TheTokensOwnUserKsAndThePartnersAdminKsArePlaced()
    {
        await using var api = await StartAsync(TwoPartners());
        var alice = api.CreateKs(SessionKind.User, "alice");
        var (id, _) = await ChunkRequests.TokenWithFirstChunkAsync(api, 100, ks: alice);
        foreach (var ks in new[] { alice, api.Ks })
        {
            using var request = await ChunkRequests.ReadAsync(api, id, TestData.Bytes(50, 2), resumeAt: 100, ks);
            Assert.NotNull(Assert.IsType<UploadedFilePart>(request.Parameters.Get("fileData")!.File).Placement);
        }
    }

    private static SimulatorOptions TwoPartners() =>
        new() { Partners = [PartnerOptions.CreateDefault(), new PartnerOptions { Id = 200 }] };

    private static string? IntruderKs(SimulatorApi api, string intruder) => intruder switch
    {
        "none" => null,
        "other partner" => api.CreateKs(partnerId: 200),
        "other user" => api.CreateKs(SessionKind.User, "bob"),
        "expired" => api.CreateKs(SessionKind.User, "alice", expirySeconds: -60),
        "forged" => api.CreateKs(SessionKind.User, "alice")[..^4] + "AAAA",
        _ => throw new ArgumentOutOfRangeException(nameof(intruder)),
    };
}
