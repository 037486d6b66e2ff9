using Microsoft.Extensions.Time.Testing;
using RiskReporting.Core.Periods;
using RiskReporting.Core.State;

namespace RiskReporting.Store.Tests;

/// <summary>Explanations carried forward, overrides removed and applied, each audited, on both providers.</summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class OverrideAndExplanationStoreTests(string provider)
{
    private static readonly ReportingPeriod September = ReportingPeriod.Parse("202609");
    private static readonly ReportingPeriod October = ReportingPeriod.Parse("202610");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 1, 6, 0, 0, TimeSpan.Zero));
    private EmptyStore? _empty;

    private StateStore Store => _empty!.Store;

    [SetUp]
    public async Task OpenStore() => _empty = await EmptyStore.OpenAsync(provider, _clock);

    [TearDown]
    public void RemoveStore() => _empty?.Dispose();

    [Test]
    public async Task ExplanationsFor_APeriod_AreItsOwnAndEarlierOnesMarkedToCarryForward()
    {
        await Store.AddExplanationAsync(Explanation("e1", September, carryForward: true));
        await Store.AddExplanationAsync(Explanation("e2", September, carryForward: false));
        await Store.AddExplanationAsync(Explanation("e3", October, carryForward: false));
        await Store.AddExplanationAsync(Explanation("e4", ReportingPeriod.Parse("202611"), carryForward: true));

        var october = await Store.ExplanationsForAsync(October);
        var audit = await Store.ListAuditAsync("period:202609");

        Assert.Multiple(() =>
        {
            Assert.That(october.Select(e => e.Id), Is.EqualTo(new[] { "e1", "e3" }));
            Assert.That(october[0], Is.EqualTo(Explanation("e1", September, carryForward: true)));
            Assert.That(audit.Select(a => a.Detail), Is.EqualTo(new[] { "WYX-101 K1，沿用 (carry forward)", "WYX-101 K1" }));
        });
    }

    [Test]
    public async Task RemoveOverride_KeepsItWithWhoAndWhen_AndASecondRemovalIsRefused()
    {
        await Store.AddOverrideAsync(Override("o1"));
        _clock.Advance(TimeSpan.FromHours(1));

        var first = await Store.RemoveOverrideAsync("o1", "checker");
        var second = await Store.RemoveOverrideAsync("o1", "checker");
        var stored = (await Store.OverridesForAsync(October)).Single();

        Assert.Multiple(async () =>
        {
            Assert.That(first, Is.EqualTo(October), "the removed override's period");
            Assert.That(second, Is.Null);
            Assert.That(stored.Active, Is.False);
            Assert.That(stored.RemovedBy, Is.EqualTo("checker"));
            Assert.That(stored.RemovedAt, Is.EqualTo(_clock.GetUtcNow()));
            Assert.That((await Store.ListAuditAsync("override:o1")).Select(a => a.Action), Is.EqualTo(new[] { "override.remove" }));
        });
    }

    [Test]
    public async Task AppliedOverrides_AreTheRunsAsTheyWereThen_EvenAfterARemoval()
    {
        var run = (await Store.StartRunAsync(October, "ops1"))!;
        await Store.AddOverrideAsync(Override("o1"));
        await Store.AddOverrideAsync(Override("o2"));
        await Store.SaveAppliedOverridesAsync(run.RunId, ["o2"]);
        await Store.RemoveOverrideAsync("o2", "checker");

        var applied = await Store.AppliedOverridesAsync(run.RunId);

        Assert.That(applied, Is.EqualTo(new[] { Override("o2") }));
    }

    private Explanation Explanation(string id, ReportingPeriod period, bool carryForward) =>
        new(id, period, "WYX-101", "K1", "known seasonal change", carryForward, "digest", "ops1", _clock.GetUtcNow());

    private static Override Override(string id) =>
        new(id, October, "A1", "K1", "LOAN_BAL", "100.00", "ledger correction", "maker", new DateTimeOffset(2026, 11, 1, 6, 0, 0, TimeSpan.Zero), null, null);
}
