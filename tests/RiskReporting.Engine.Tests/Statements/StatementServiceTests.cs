using System.Globalization;
using RiskReporting.Core.Periods;
using RiskReporting.Core.State;
using RiskReporting.DemoBank;
using RiskReporting.Engine.Approval;
using RiskReporting.Engine.Runs;
using RiskReporting.Engine.Statements;
using RiskReporting.Testing;

namespace RiskReporting.Engine.Tests.Statements;

/// <summary>The monthly 文字说明 (issue #18, 第17–18条): drafted from the batch's figures, required for approval, its writer a maker.</summary>
public sealed class StatementServiceTests
{
    private static readonly ReportingPeriod September = new(2026, 9);
    private static readonly ReportingPeriod October = new(2026, 10);

    [Test]
    public async Task Draft_CarriesTheBatchsFigures_TheChangeAgainstLastMonth_AndTheHeadingsOfArticle18()
    {
        using var folder = new TemporaryDirectory();
        await using var engine = await BankHost.StartAsync(BankHost.Generate(folder, DemoBankSize.Tiny));
        var (ops1, ops2) = await Approvals.OperatorsAsync(engine);
        await Approvals.RunReadyForApprovalAsync(engine, September, ops1);
        await engine.Get<ApprovalService>().ApproveAsync(September, ops2);
        var october = await Approvals.RunReadyForApprovalAsync(engine, October, ops1);

        var draft = await engine.Get<StatementService>().DraftAsync(October, ops2);

        // The figures again, straight from the records the run stored.
        var store = engine.Get<IStateStore>();
        var records = await store.LoadRecordsAsync(october.Run.RunId, ["B1P1", "B1P3", "B3P1"]);
        var september = (await store.ListRunsAsync(September)).Single();
        var septemberLoans = (await store.LoadRecordsAsync(september.RunId, ["B1P3"]))["B1P3"].Sum(r => Amount(r["LOAN_BAL"]));
        var loans = records["B1P3"].Sum(r => Amount(r["LOAN_BAL"]));
        var lines = records["B1P1"].Sum(r => Amount(r["CREDIT_LIMIT"]));
        var normal = records["B1P3"].Where(r => r["FIVE_CLASS"] == "1").Sum(r => Amount(r["LOAN_BAL"]));
        var change = loans - septemberLoans;
        Assert.Multiple(() =>
        {
            Assert.That(loans, Is.GreaterThan(0m));
            Assert.That(draft, Does.Contain($"贷款余额合计：{loans.ToString("0.00", CultureInfo.InvariantCulture)} 万元"));
            Assert.That(draft, Does.Contain($"授信额度合计：{lines.ToString("0.00", CultureInfo.InvariantCulture)} 万元"));
            Assert.That(draft, Does.Contain($"纳入统计的单一法人客户：{records["B3P1"].Count} 户"));
            Assert.That(draft, Does.Contain($"正常 {Math.Round(normal * 100 / loans, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture)}%"));
            Assert.That(draft, Does.Contain("大额风险暴露（前 5 位）").And.Contain("  1. "));
            Assert.That(draft, Does.Contain($"较上月（202609）：授信额度").And.Contain($"贷款余额 {(change > 0 ? "+" : string.Empty)}{change.ToString("0.##", CultureInfo.InvariantCulture)} 万元"));
            Assert.That(draft, Does.Contain("较上年同期：无已发布的批次可比。"));
            Assert.That(draft, Does.Contain("三、原因分析（第18条）").And.Contain("四、影响分析（第18条）").And.Contain("五、后果与改进措施（第18条）"));
        });
    }

    [Test]
    public async Task Submit_RefusesAnEmptyTextAndTheDraftUnchanged_StoresAndAuditsACompletedOne_AndApprovalRequiresIt()
    {
        using var folder = new TemporaryDirectory();
        await using var engine = await BankHost.StartAsync(BankHost.Generate(folder, DemoBankSize.Tiny));
        var (ops1, ops2) = await Approvals.OperatorsAsync(engine);
        var built = await engine.Get<RunService>().RunAsync(October, ops1);
        await Approvals.ExplainEveryWarningAsync(engine, October, ops1);
        var statements = engine.Get<StatementService>();
        var draft = await statements.DraftAsync(October, ops1);

        var withoutStatement = await Assert.ThrowsAsync<RefusalException>(() => engine.Get<ApprovalService>().ApproveAsync(October, ops2));
        var empty = await Assert.ThrowsAsync<RefusalException>(() => statements.SubmitAsync(October, " \r\n\n ", ops2));
        var unchanged = await Assert.ThrowsAsync<RefusalException>(() => statements.SubmitAsync(October, draft.ReplaceLineEndings("\r\n") + "  \r\n", ops2));
        var completed = draft.Replace(StatementDraft.Prompt, "贷款余额增加主要因两户新增项目贷款投放。", StringComparison.Ordinal);
        var stored = await statements.SubmitAsync(October, completed, ops2);
        var byWriter = await Assert.ThrowsAsync<RefusalException>(() => engine.Get<ApprovalService>().ApproveAsync(October, ops2));
        var shown = await statements.ShowAsync(October, ops1);
        var audit = await engine.Get<IStateStore>().ListAuditAsync("period:202610");

        Assert.Multiple(() =>
        {
            Assert.That(withoutStatement!.Code, Is.EqualTo(RefusalCode.StateConflict));
            Assert.That(withoutStatement.Message, Does.Contain("尚无文字说明").And.Contain("statement --period 202610 --draft"));
            Assert.That(empty!.Code, Is.EqualTo(RefusalCode.InvalidInput));
            Assert.That(empty.Message, Does.Contain("内容为空"));
            Assert.That(unchanged!.Code, Is.EqualTo(RefusalCode.InvalidInput));
            Assert.That(unchanged.Message, Does.Contain("与系统预填的草稿相同"));
            Assert.That(stored.RunId, Is.EqualTo(built.Run.RunId));
            Assert.That(shown, Is.EqualTo(stored with { At = shown!.At }));
            Assert.That(shown.At, Is.EqualTo(stored.At).Within(TimeSpan.FromSeconds(1)));
            Assert.That(shown!.Text, Does.Contain("两户新增项目贷款投放"));
            Assert.That(shown.By, Is.EqualTo("ops2"));
            Assert.That(byWriter!.Code, Is.EqualTo(RefusalCode.StateConflict));
            Assert.That(byWriter.Message, Does.Contain("ops2 撰写了本批次的文字说明"));
            Assert.That(audit.Where(a => a.Action == "statement.submit").Select(a => a.Actor), Is.EqualTo(new[] { "ops2" }), "the refused submissions left nothing");
        });

        var approved = await engine.Get<ApprovalService>().ApproveAsync(October, await engine.LogInAsync("ops3", "operator"));
        Assert.That(approved.Run.State, Is.EqualTo(Core.Runs.RunState.Published), "approved by an operator who neither explained a warning nor wrote the statement");
    }

    [Test]
    public async Task Submit_ToABatchNoLongerAwaitingApproval_IsRefusedNamingItsStateInChinese()
    {
        using var folder = new TemporaryDirectory();
        await using var engine = await BankHost.StartAsync(BankHost.Generate(folder, DemoBankSize.Tiny));
        var (ops1, ops2) = await Approvals.OperatorsAsync(engine);
        await Approvals.RunReadyForApprovalAsync(engine, September, ops1);
        await engine.Get<ApprovalService>().ApproveAsync(September, ops2);

        var refused = await Assert.ThrowsAsync<RefusalException>(() => engine.Get<StatementService>().SubmitAsync(September, "补充说明。", ops2));

        Assert.Multiple(() =>
        {
            Assert.That(refused!.Code, Is.EqualTo(RefusalCode.StateConflict));
            Assert.That(refused.Message, Does.Contain("202609 第 01 批的状态为 已报送 (PUBLISHED)，"));
            Assert.That(refused.Message, Does.Not.Contain("Published"));
        });
    }

    [Test]
    public async Task ARerun_DropsTheStatementOfTheBatchItReplaces()
    {
        using var folder = new TemporaryDirectory();
        await using var engine = await BankHost.StartAsync(BankHost.Generate(folder, DemoBankSize.Tiny));
        var (ops1, _) = await Approvals.OperatorsAsync(engine);
        await Approvals.RunReadyForApprovalAsync(engine, October, ops1);

        await engine.Get<RunService>().RunAsync(October, ops1);

        Assert.That(await engine.Get<StatementService>().ShowAsync(October, ops1), Is.Null, "the figures it explained are gone with the batch");
    }

    private static decimal Amount(string value) => value.Length == 0 ? 0 : decimal.Parse(value, CultureInfo.InvariantCulture);
}
