using Microsoft.Extensions.Time.Testing;
using RiskReporting.Core.Periods;
using RiskReporting.Core.State;

namespace RiskReporting.Store.Tests;

/// <summary>Positions, purge requests and handovers (migrations 0012–0013) on both providers: each change audited, the chain intact.</summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class RecordsStoreTests(string provider)
{
    private static readonly ReportingPeriod October = ReportingPeriod.Parse("202610");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 3, 2, 0, 0, TimeSpan.Zero));
    private EmptyStore? _empty;

    private StateStore Store => _empty!.Store;

    [SetUp]
    public async Task OpenStore() => _empty = await EmptyStore.OpenAsync(provider, _clock);

    [TearDown]
    public void RemoveStore() => _empty?.Dispose();

    [Test]
    public async Task APurgeRequest_KeepsItsItems_TakesOneApprovalPerStepAndPerUser_AndExecutesOnce()
    {
        await AddUsersAsync("head", "mgr");
        await Store.SetPositionAsync("head", "客户信息主管", "admin");
        await Store.SetPositionAsync("mgr", "部门经理", "admin");
        var items = new[] { new PurgeItem("run_folder", "202610/01", null, 400, new string('a', 64)), new PurgeItem("superseded_records", "state:run R1", "R1", 10, new string('b', 64)) };
        await Store.SavePurgeRequestAsync(new PurgeRequest("P1", "ops1", _clock.GetUtcNow(), items, []));

        var first = await Store.AddPurgeApprovalAsync("P1", new PurgeApproval(1, "客户信息主管", "head", _clock.GetUtcNow()));
        var stepAgain = await Store.AddPurgeApprovalAsync("P1", new PurgeApproval(1, "客户信息主管", "mgr", _clock.GetUtcNow()));
        var userAgain = await Store.AddPurgeApprovalAsync("P1", new PurgeApproval(2, "部门经理", "head", _clock.GetUtcNow()));
        var second = await Store.AddPurgeApprovalAsync("P1", new PurgeApproval(2, "部门经理", "mgr", _clock.GetUtcNow()));
        var executed = await Store.ExecutePurgeAsync("P1", "ops1", "destroyed 2 items");
        var executedAgain = await Store.ExecutePurgeAsync("P1", "ops1", "destroyed 2 items");
        var request = await Store.FindPurgeRequestAsync("P1");

        Assert.Multiple(async () =>
        {
            Assert.That(await Store.PositionsAsync(), Is.EquivalentTo(new Dictionary<string, string> { ["head"] = "客户信息主管", ["mgr"] = "部门经理" }));
            Assert.That((first, stepAgain, userAgain, second), Is.EqualTo((true, false, false, true)));
            Assert.That((executed, executedAgain), Is.EqualTo((true, false)));
            Assert.That(request!.Items, Is.EqualTo(items));
            Assert.That(request.Approvals.Select(a => a.By), Is.EqualTo(new[] { "head", "mgr" }));
            Assert.That(request.ExecutedBy, Is.EqualTo("ops1"));
            Assert.That((await Store.ListAuditAsync("purge:P1")).Select(a => a.Action), Is.EqualTo(new[] { "purge.request", "purge.approve", "purge.approve", "purge.execute" }));
            Assert.That(AuditChainVerifier.Verify(await Store.ListChainAsync(), await Store.ChainHeadAsync()).Intact, Is.True);
        });
    }

    [Test]
    public async Task AHandover_MakesTheNewUserTheHolderButKeepsTheAuthor_AndItsAcknowledgementDisablesTheOldUser()
    {
        await AddUsersAsync("ops1", "ops2");
        await Store.AddExplanationAsync(new Explanation("E1", October, "TS-DQ-004", "KH1", "已核实", false, "-", "ops1", _clock.GetUtcNow()));
        var held = await Store.HoldingsAsync("ops1");
        await Store.SaveHandoverAsync(new Handover("H1", "ops1", "ops2", "admin", _clock.GetUtcNow(), held, "/x/H1.pdf", new string('c', 64)));

        var acknowledged = await Store.AcknowledgeHandoverAsync("H1", _clock.GetUtcNow());
        var twice = await Store.AcknowledgeHandoverAsync("H1", _clock.GetUtcNow());

        Assert.Multiple(async () =>
        {
            Assert.That(held.Select(i => (i.Kind, i.ItemId)), Is.EqualTo(new[] { ("explanation", "E1") }));
            Assert.That(await Store.HoldingsAsync("ops1"), Is.Empty);
            Assert.That(await Store.HoldingsAsync("ops2"), Is.EqualTo(held));
            Assert.That((await Store.ExplanationsForAsync(October)).Single().By, Is.EqualTo("ops1"), "the author stays");
            Assert.That((acknowledged, twice), Is.EqualTo((true, false)));
            Assert.That((await Store.FindCredentialsAsync("ops1"))!.Disabled, Is.True);
            Assert.That((await Store.FindHandoverAsync("H1"))!.Items, Is.EqualTo(held));
            Assert.That((await Store.ListAuditAsync("user:ops1")).Select(a => a.Action), Is.SupersetOf(new[] { "user.handover", "handover.acknowledge", "user.disable" }));
        });
    }

    private async Task AddUsersAsync(params string[] names)
    {
        foreach (var name in names)
        {
            await Store.AddUserAsync(new UserAccount(name, UserRole.Operator, _clock.GetUtcNow()), "hash", "admin");
        }
    }
}
