using KalturaGen.Runtime.Sessions;
using Microsoft.Extensions.Time.Testing;

namespace KalturaGen.Runtime.Tests.Sessions;

/// <summary>A session generated from the secret is handed out until 90% of its lifetime, then renewed.</summary>
public class SecretSessionProviderTests
{
    private const string Secret = "unit-admin-secret";

    private static readonly KalturaSessionOptions Options = new()
    {
        Secret = Secret,
        Type = KsType.Admin,
        UserId = "batch-user",
        Privileges = "disableentitlement,list:*",
        Expiry = TimeSpan.FromSeconds(1000),
    };

    [Fact]
    public async Task HandsOutOneKsUntilNinetyPercentOfItsLifetimeThenANewOne()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero));
        var provider = new KalturaSecretSessionProvider(123, Options, clock);

        var first = await provider.GetKsAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(899));
        var beforeRenewal = await provider.GetKsAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(1));
        var renewed = await provider.GetKsAsync(CancellationToken.None);

        Assert.Equal(first, beforeRenewal);
        Assert.NotEqual(first, renewed);
        Assert.True(KalturaSession.TryParse(renewed, Secret, out var session));
        Assert.Equal(123, session!.PartnerId);
        Assert.Equal((int)KsType.Admin, session.Type);
        Assert.Equal("batch-user", session.UserId);
        Assert.Equal("disableentitlement,list:*", session.Privileges);
        Assert.Equal(clock.GetUtcNow().ToUnixTimeSeconds() + 1000, session.ValidUntil);
    }

    [Fact]
    public async Task EveryKsHandedOutHasAtLeastATenthOfItsLifetimeLeft()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 3, 1, 8, 0, 0, 400, TimeSpan.Zero));
        var provider = new KalturaSecretSessionProvider(123, Options, clock);
        var distinct = new HashSet<string>();

        // Three lifetimes in uneven steps, so calls land just before and after each renewal.
        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromSeconds(3000); elapsed += TimeSpan.FromMilliseconds(37_300))
        {
            var ks = await provider.GetKsAsync(CancellationToken.None);
            Assert.True(KalturaSession.TryParse(ks, Secret, out var session));
            Assert.False(session!.IsExpiredAt(clock.GetUtcNow()));
            Assert.True(session.ValidUntil - clock.GetUtcNow().ToUnixTimeSeconds() >= 100, $"{session.ValidUntil} at {clock.GetUtcNow()}");
            distinct.Add(ks!);
            clock.Advance(TimeSpan.FromMilliseconds(37_300));
        }

        Assert.InRange(distinct.Count, 3, 4);
    }

    [Fact]
    public async Task ConcurrentCallersShareOneKs()
    {
        var provider = new KalturaSecretSessionProvider(123, Options, new FakeTimeProvider());

        var sessions = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(async () => await provider.GetKsAsync(CancellationToken.None))));

        Assert.Single(sessions.Distinct());
    }

    [Fact]
    public async Task ACanceledCallGetsNoKs()
    {
        var provider = new KalturaSecretSessionProvider(123, Options, new FakeTimeProvider());

        await Assert.ThrowsAsync<OperationCanceledException>(() => provider.GetKsAsync(new CancellationToken(canceled: true)).AsTask());
    }

    [Fact]
    public void TheOptionsAreCopiedSoLaterChangesDoNotApply()
    {
        var options = new KalturaSessionOptions { Secret = Secret, Type = KsType.Admin, UserId = "first" };
        var provider = new KalturaSecretSessionProvider(123, options, new FakeTimeProvider());
        options.UserId = "second";

        Assert.True(KalturaSession.TryParse(provider.Current, Secret, out var session));
        Assert.Equal("first", session!.UserId);
    }
}
