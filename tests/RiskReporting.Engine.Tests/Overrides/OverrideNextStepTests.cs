using RiskReporting.Core.Periods;
using RiskReporting.Core.State;
using RiskReporting.DemoBank;
using RiskReporting.Engine.Approval;
using RiskReporting.Engine.Overrides;
using RiskReporting.Testing;

namespace RiskReporting.Engine.Tests.Overrides;

/// <summary>The reply to an override names the step that applies it: a run, or once the period is published (a rerun is refused) a correction.</summary>
public sealed class OverrideNextStepTests
{
    private static readonly ReportingPeriod October = new(2026, 10);

    [Test]
    public async Task NextStep_BeforePublishing_SaysRun_AndAfterPublishing_SaysCorrect_NeverRunAgain()
    {
        using var folder = new TemporaryDirectory();
        await using var engine = await BankHost.StartAsync(BankHost.Generate(folder, DemoBankSize.Tiny));
        var (ops1, ops2) = await Approvals.OperatorsAsync(engine);
        await Approvals.RunReadyForApprovalAsync(engine, October, ops1);
        var overrides = engine.Get<OverrideService>();

        var before = await overrides.NextStepAsync(October);
        var beforeFollowUp = await overrides.FollowUpAsync(October);
        await engine.Get<ApprovalService>().ApproveAsync(October, ops2);
        var after = await overrides.NextStepAsync(October);
        var afterFollowUp = await overrides.FollowUpAsync(October);

        Assert.Multiple(() =>
        {
            Assert.That(beforeFollowUp, Is.EqualTo(OverrideFollowUp.Rerun));
            Assert.That(afterFollowUp, Is.EqualTo(OverrideFollowUp.Correct));
            Assert.That(before, Does.Contain("riskreport run --period 202610"));
            Assert.That(after, Does.Contain("已报送 (published)").And.Contain("riskreport correct --period 202610").And.Not.Contain("riskreport run"));
        });
    }

    [Test]
    public async Task Removal_OfAnOverrideOfAPublishedPeriod_SaysCorrect_NeverRunAgain_AndAnUnknownIdIsRefusedAsAnOverride()
    {
        using var folder = new TemporaryDirectory();
        await using var engine = await BankHost.StartAsync(BankHost.Generate(folder, DemoBankSize.Tiny));
        var (ops1, ops2) = await Approvals.OperatorsAsync(engine);
        var built = await Approvals.RunReadyForApprovalAsync(engine, October, ops1);
        var customer = (await engine.Get<IStateStore>().LoadRecordsAsync(built.Run.RunId, ["B3P1"]))["B3P1"].First(r => r["TOTAL_ASSETS"].Length > 0);
        var overrides = engine.Get<OverrideService>();
        var before = await overrides.RemovalNextStepAsync(October);
        await engine.Get<ApprovalService>().ApproveAsync(October, ops2);
        var made = await overrides.AddAsync(new OverrideRequest(October, "B3P1", customer.Key, "TOTAL_LIAB", "12345.00", "测试"), ops1);

        var period = await overrides.RemoveAsync(made.Id, ops1);
        var after = await overrides.RemovalNextStepAsync(period);
        var unknown = await Assert.ThrowsAsync<RefusalException>(() => overrides.RemoveAsync(made.Id, ops1));

        Assert.Multiple(() =>
        {
            Assert.That(period, Is.EqualTo(October));
            Assert.That(before, Does.Contain("riskreport run --period 202610"));
            Assert.That(after, Does.Contain("已报送 (published)").And.Contain("riskreport correct --period 202610").And.Not.Contain("riskreport run"));
            Assert.That(unknown!.Message, Is.EqualTo($"没有生效中的补录 (override) '{made.Id}'。"));
        });
    }
}
