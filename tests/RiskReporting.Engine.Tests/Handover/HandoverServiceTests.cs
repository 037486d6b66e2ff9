using RiskReporting.Core.Periods;
using RiskReporting.Core.State;
using RiskReporting.DemoBank;
using RiskReporting.Engine.Handover;
using RiskReporting.Engine.Findings;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Overrides;
using RiskReporting.Engine.Runs;
using RiskReporting.Testing;
using UglyToad.PdfPig;

namespace RiskReporting.Engine.Tests.Handover;

/// <summary>Handover when staff change (issue #18, 第13–16条) through the engine: the 交接清单 and its PDF, the reassignment, the acknowledgement.</summary>
public sealed class HandoverServiceTests
{
    private static readonly ReportingPeriod October = new(2026, 10);

    [Test]
    public async Task AHandover_WritesA交接清单PdfWithItsHeadings_MovesTheItemsToTheNewUser_AndKeepsTheOldUserAsAuthor()
    {
        using var folder = new TemporaryDirectory();
        var bank = BankHost.Generate(folder, DemoBankSize.Tiny);
        await using var engine = await BankHost.StartAsync(bank);
        var (ops1, ops2) = await Approvals.OperatorsAsync(engine);
        await HoldingsOfAsync(engine, ops1, ops2);
        var admin = await engine.LogInAsync("admin", "admin");
        var records = engine.Get<IRecordsStore>();
        var held = await records.HoldingsAsync("ops1");

        var handover = await engine.Get<HandoverService>().HandOverAsync("ops1", "ops2", admin);
        using var pdf = PdfDocument.Open(handover.PdfPath);
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        var explanations = await engine.Get<IStateStore>().ExplanationsForAsync(October);

        Assert.Multiple(() =>
        {
            Assert.That(held.Select(i => i.Kind).Distinct(), Is.EquivalentTo(new[] { "override", "explanation", "statement" }));
            Assert.That(handover.Items, Is.EqualTo(held));
            Assert.That(handover.PdfPath, Is.EqualTo(Path.Combine(engine.WorkDirectory, "archive", "handover", handover.HandoverId + ".pdf")));
            Assert.That(text, Does.Contain("交接清单").And.Contain("一、未关闭的说明").And.Contain("二、有效的人工修正").And.Contain("三、待审批批次的文字说明草稿")
                .And.Contain("四、举证事项").And.Contain("五、分析报告草稿与改进建议").And.Contain("六、交接确认"));
            Assert.That(text, Does.Contain("移交人：ops1").And.Contain("接收人：ops2"));
            Assert.That(records.HoldingsAsync("ops1").Result, Is.Empty, "ops1 holds nothing any more");
            Assert.That(records.HoldingsAsync("ops2").Result, Has.Count.EqualTo(held.Count), "ops2 holds it all");
            Assert.That(explanations.Select(e => e.By).Distinct().ToList(), Is.EqualTo(new[] { "ops1" }), "the author stays");
        });
    }

    /// <summary>ops1 overrides one customer's liabilities above its assets (a TS-DQ-004 warning), ops2 runs the month, ops1 explains the warning and writes the 文字说明.</summary>
    private static async Task HoldingsOfAsync(BankHost engine, Actor ops1, Actor ops2)
    {
        await engine.Get<RunService>().RunAsync(October, ops2);
        var run = (await engine.Get<IStateStore>().ListRunsAsync(October)).Single();
        var customer = (await engine.Get<IStateStore>().LoadRecordsAsync(run.RunId, ["B3P1"]))["B3P1"].First(r => r["TOTAL_ASSETS"].Length > 0);
        await engine.Get<OverrideService>().AddAsync(new OverrideRequest(October, "B3P1", customer.Key, "TOTAL_LIAB", "99999999.00", "测试"), ops1);
        await engine.Get<RunService>().RunAsync(October, ops2);
        await engine.Get<FindingService>().ExplainAsync(new ExplainRequest(October, "TS-DQ-004", null, "已核实：客户资不抵债", CarryForward: false), ops1);
        await Approvals.WriteStatementAsync(engine, October, ops1);
    }

    [Test]
    public async Task OnlyTheNewUserAcknowledges_AndThenTheOldUserIsDisabledAndCannotLogIn()
    {
        using var folder = new TemporaryDirectory();
        var bank = BankHost.Generate(folder, DemoBankSize.Tiny);
        await using var engine = await BankHost.StartAsync(bank);
        var (ops1, ops2) = await Approvals.OperatorsAsync(engine);
        var ops3 = await engine.LogInAsync("ops3", "operator");
        var admin = await engine.LogInAsync("admin", "admin");
        var service = engine.Get<HandoverService>();
        var handover = await service.HandOverAsync("ops1", "ops2", admin);

        var byOther = await Assert.ThrowsAsync<RefusalException>(() => service.AcknowledgeAsync(handover.HandoverId, ops3));
        var byOld = await Assert.ThrowsAsync<RefusalException>(() => service.AcknowledgeAsync(handover.HandoverId, ops1));
        var acknowledged = await service.AcknowledgeAsync(handover.HandoverId, ops2);
        var twice = await Assert.ThrowsAsync<RefusalException>(() => service.AcknowledgeAsync(handover.HandoverId, ops2));
        var credentials = await engine.Get<IStateStore>().FindCredentialsAsync("ops1");
        var login = await Assert.ThrowsAsync<RefusalException>(() => engine.Get<IdentityService>().LoginAsync("ops1", BankHost.Password));

        Assert.Multiple(() =>
        {
            Assert.That(byOther!.Code, Is.EqualTo(RefusalCode.NotAllowed));
            Assert.That(byOld!.Code, Is.EqualTo(RefusalCode.NotAllowed));
            Assert.That(acknowledged.AcknowledgedAt, Is.Not.Null);
            Assert.That(twice!.Code, Is.EqualTo(RefusalCode.StateConflict));
            Assert.That(credentials!.Disabled, Is.True);
            Assert.That(login!.Code, Is.EqualTo(RefusalCode.NotLoggedIn), "a disabled user cannot log in");
            Assert.That(HandoverService.Sections(acknowledged)[^1].Note, Does.Contain("接收人已于").And.Contain("移交人的账号已停用"));
        });
    }

    [Test]
    public async Task AHandover_IsRefusedToANonAdmin_AndBetweenOneUserAndItself()
    {
        using var folder = new TemporaryDirectory();
        var bank = BankHost.Generate(folder, DemoBankSize.Tiny);
        await using var engine = await BankHost.StartAsync(bank);
        var (ops1, _) = await Approvals.OperatorsAsync(engine);
        var admin = await engine.LogInAsync("admin", "admin");
        var service = engine.Get<HandoverService>();

        var byOperator = await Assert.ThrowsAsync<RefusalException>(() => service.HandOverAsync("ops1", "ops2", ops1));
        var toItself = await Assert.ThrowsAsync<RefusalException>(() => service.HandOverAsync("ops1", "ops1", admin));

        Assert.That(byOperator!.Code, Is.EqualTo(RefusalCode.NotAllowed));
        Assert.That(toItself!.Code, Is.EqualTo(RefusalCode.InvalidInput));
    }
}
