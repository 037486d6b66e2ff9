using Microsoft.Extensions.Time.Testing;
using RiskReporting.Core.Periods;

namespace RiskReporting.Store.Tests;

/// <summary>The period's run lock: one holder at a time, a lease that runs out, renewal, release and breaking, on both providers.</summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class LockStoreTests(string provider)
{
    private static readonly ReportingPeriod October = ReportingPeriod.Parse("202610");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 1, 6, 0, 0, TimeSpan.Zero));
    private EmptyStore? _empty;

    private StateStore Store => _empty!.Store;

    [SetUp]
    public async Task OpenStore() => _empty = await EmptyStore.OpenAsync(provider, _clock);

    [TearDown]
    public void RemoveStore() => _empty?.Dispose();

    [Test]
    public async Task TryLock_HeldByAnother_IsRefusedNamingTheHolderUntilItsLeaseRunsOut()
    {
        var lease = TimeSpan.FromMinutes(10);
        var first = await Store.TryLockPeriodAsync(October, "node-a", lease);
        var refused = await Store.TryLockPeriodAsync(October, "node-b", lease);
        _clock.Advance(TimeSpan.FromMinutes(11));
        var taken = await Store.TryLockPeriodAsync(October, "node-b", lease);

        Assert.Multiple(() =>
        {
            Assert.That(first.Acquired, Is.True);
            Assert.That(refused, Is.EqualTo(new Core.State.PeriodLock(false, "node-a", first.LeaseUntil)));
            Assert.That(taken.Acquired, Is.True);
            Assert.That(taken.Holder, Is.EqualTo("node-b"));
        });
    }

    [Test]
    public async Task TryLock_ByItsHolder_RenewsTheLease()
    {
        await Store.TryLockPeriodAsync(October, "node-a", TimeSpan.FromMinutes(10));
        _clock.Advance(TimeSpan.FromMinutes(5));

        var renewed = await Store.TryLockPeriodAsync(October, "node-a", TimeSpan.FromMinutes(10));

        Assert.That(renewed.LeaseUntil, Is.EqualTo(_clock.GetUtcNow() + TimeSpan.FromMinutes(10)));
    }

    [Test]
    public async Task ReleaseAndBreak_RemoveOnlyTheNamedHoldersLock()
    {
        await Store.TryLockPeriodAsync(October, "node-a", TimeSpan.FromMinutes(10));

        await Store.ReleasePeriodLockAsync(October, "node-b");
        var brokenWrongHolder = await Store.BreakPeriodLockAsync(October, "node-b");
        var stillHeld = await Store.TryLockPeriodAsync(October, "node-b", TimeSpan.FromMinutes(10));
        var broken = await Store.BreakPeriodLockAsync(October, "node-a");
        var free = await Store.TryLockPeriodAsync(October, "node-b", TimeSpan.FromMinutes(10));

        Assert.Multiple(() =>
        {
            Assert.That(brokenWrongHolder, Is.False);
            Assert.That(stillHeld.Acquired, Is.False);
            Assert.That(broken, Is.True);
            Assert.That(free.Acquired, Is.True);
        });
    }
}
