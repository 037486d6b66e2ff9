using RiskReporting.Core.Periods;
using RiskReporting.Core.Runs;
using RiskReporting.Core.State;
using RiskReporting.DemoBank;
using RiskReporting.Engine.Approval;
using RiskReporting.Engine.Findings;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Overrides;
using RiskReporting.Engine.Runs;
using RiskReporting.Engine.Users;
using RiskReporting.Engine.Verification;
using RiskReporting.Testing;

namespace RiskReporting.Engine.Tests;

/// <summary>A second host inherits every rule: through the services alone it runs a period, pages its findings, explains, approves with four eyes and verifies.</summary>
public sealed class SecondHostTests
{
    private static readonly ReportingPeriod October = new(2026, 10);

    [Test]
    public async Task ABareHost_RunsPagesExplainsApprovesAndVerifies_ThroughTheServicesAlone()
    {
        using var folder = new TemporaryDirectory();
        await using var engine = await BankHost.StartAsync(BankHost.Generate(folder, DemoBankSize.Small));
        var (ops1, ops2) = await OperatorsAsync(engine);
        var built = await RunWithAWarningAsync(engine, ops1);

        var findings = engine.Get<FindingService>();
        var tally = await findings.CountAsync(October, ops1);
        var pageSize = Math.Max(1, tally.Total / 2);
        var pages = new List<FindingList>();
        for (var page = 1; pages.Count == 0 || page <= pages[0].Pages; page++)
        {
            pages.Add(await findings.ListAsync(new FindingFilter(October, Page: page, PageSize: pageSize), ops1));
        }

        var approval = engine.Get<ApprovalService>();
        var unexplained = await Assert.ThrowsAsync<RefusalException>(() => approval.ApproveAsync(October, ops2));
        var warnings = pages.SelectMany(p => p.Items).Where(f => f.Severity == "WARNING").ToList();
        var one = await findings.ExplainAsync(new ExplainRequest(October, warnings[0].Rule, warnings[0].Key, "已核实该客户", CarryForward: false), ops1);
        var stillOpen = await Assert.ThrowsAsync<RefusalException>(() => approval.ApproveAsync(October, ops2));
        var rest = 0;
        foreach (var rule in warnings.Skip(1).Select(f => f.Rule).Distinct())
        {
            rest += (await findings.ExplainAsync(new ExplainRequest(October, rule, null, "已核实", CarryForward: false), ops1)).Explained;
        }

        await Approvals.WriteStatementAsync(engine, October, ops1);
        var byExplainer = await Assert.ThrowsAsync<RefusalException>(() => approval.ApproveAsync(October, ops1));
        var approved = await approval.ApproveAsync(October, ops2);
        var verified = await engine.Get<VerificationService>().VerifyAsync(October, 1, ops2);

        Assert.Multiple(() =>
        {
            Assert.That(built.Run.State, Is.EqualTo(RunState.AwaitingApproval));
            Assert.That(pages, Has.Count.GreaterThanOrEqualTo(2), "more than one page");
            Assert.That(pages.SelectMany(p => p.Items).Count(), Is.EqualTo(tally.Total), "the pages together hold every finding once");
            Assert.That(pages.All(p => p.Items.Count <= pageSize), Is.True);
            Assert.That(tally.ByRule, Does.ContainKey("TS-DQ-004"));
            Assert.That(unexplained!.Code, Is.EqualTo(RefusalCode.StateConflict));
            Assert.That(unexplained!.Message, Does.Contain("未说明"));
            Assert.That(warnings, Has.Count.GreaterThanOrEqualTo(2), "two warnings planted");
            Assert.That(one.Explained, Is.EqualTo(1), "explaining by key explains that finding only");
            Assert.That(stillOpen!.Message, Does.Contain("未说明"), "the other warnings stay open");
            Assert.That(rest, Is.EqualTo(warnings.Count - 1));
            Assert.That(byExplainer!.Code, Is.EqualTo(RefusalCode.StateConflict));
            Assert.That(byExplainer!.Message, Does.Contain("four eyes"));
            Assert.That(approved.Run.State, Is.EqualTo(RunState.Published));
            Assert.That(File.Exists(approved.OutboxPath), Is.True);
            Assert.That(verified.Verified, Is.True);
            Assert.That(verified.RecordedSha256, Is.EqualTo(built.Package!.Sha256));
        });
    }

    [Test]
    public async Task AnActionOfCreditManagement_IsRefusedToABranchUser_InTheServiceItself()
    {
        using var folder = new TemporaryDirectory();
        await using var engine = await BankHost.StartAsync(BankHost.Generate(folder, DemoBankSize.Tiny));
        var identity = engine.Get<IdentityService>();
        var branch = await engine.LogInAsync("wang.fang", "branch:100001");

        var refused = await Assert.ThrowsAsync<RefusalException>(() => engine.Get<ApprovalService>().ApproveAsync(October, branch));
        var unknown = await Assert.ThrowsAsync<RefusalException>(() => identity.ResumeAsync("not-a-session-token"));

        Assert.Multiple(() =>
        {
            Assert.That(refused!.Code, Is.EqualTo(RefusalCode.NotAllowed));
            Assert.That(refused!.Message, Does.Contain("需要角色 (needs the role) operator"));
            Assert.That(unknown!.Code, Is.EqualTo(RefusalCode.NotLoggedIn));
        });
    }

    private static async Task<(Actor Ops1, Actor Ops2)> OperatorsAsync(BankHost engine)
    {
        return (await engine.LogInAsync("ops1", "operator"), await engine.LogInAsync("ops2", "operator"));
    }

    /// <summary>Runs October, then gives two customers liabilities above their assets (TS-DQ-004, a WARNING) by overrides and runs again.</summary>
    private static async Task<RunOutcome> RunWithAWarningAsync(BankHost engine, Actor ops1)
    {
        var runs = engine.Get<RunService>();
        var first = await runs.RunAsync(October, ops1);
        var store = engine.Get<IStateStore>();
        foreach (var customer in (await store.LoadRecordsAsync(first.Run.RunId, ["B3P1"]))["B3P1"].Where(r => r["TOTAL_ASSETS"].Length > 0).Take(2))
        {
            await engine.Get<OverrideService>().AddAsync(new OverrideRequest(October, "B3P1", customer.Key, "TOTAL_LIAB", "99999999.00", "测试"), ops1);
        }

        return await runs.RunAsync(October, ops1);
    }
}
