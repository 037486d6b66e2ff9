using RiskReporting.Core.Periods;
using RiskReporting.Engine.Findings;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Runs;
using RiskReporting.Engine.Statements;
using RiskReporting.Engine.Users;

namespace RiskReporting.Engine.Tests;

/// <summary>Two operators, and a run of a period made ready for approval: ops1 runs it, explains every warning and writes its 文字说明, so ops2 may approve it.</summary>
public static class Approvals
{
    public static async Task<(Actor Ops1, Actor Ops2)> OperatorsAsync(BankHost engine)
    {
        return (await engine.LogInAsync("ops1", "operator"), await engine.LogInAsync("ops2", "operator"));
    }

    public static async Task<RunOutcome> RunReadyForApprovalAsync(BankHost engine, ReportingPeriod period, Actor ops1)
    {
        var outcome = await engine.Get<RunService>().RunAsync(period, ops1);
        await ExplainEveryWarningAsync(engine, period, ops1);
        if (outcome.Run.State == Core.Runs.RunState.AwaitingApproval)
        {
            // Only a batch awaiting approval takes a statement; a run the gate failed is never approvable anyway.
            await WriteStatementAsync(engine, period, ops1);
        }

        return outcome;
    }

    /// <summary>The writer completes the drafted 文字说明 of the period's latest batch and submits it (approval requires one; the writer cannot approve).</summary>
    public static async Task WriteStatementAsync(BankHost engine, ReportingPeriod period, Actor writer)
    {
        var statements = engine.Get<StatementService>();
        var draft = await statements.DraftAsync(period, writer);
        await statements.SubmitAsync(period, draft.Replace(StatementDraft.Prompt, "已核实：本月变动系正常业务增减。", StringComparison.Ordinal), writer);
    }

    public static async Task ExplainEveryWarningAsync(BankHost engine, ReportingPeriod period, Actor ops1)
    {
        var findings = engine.Get<FindingService>();
        var list = await findings.ListAsync(new FindingFilter(period, Severity: "WARNING", PageSize: 10_000), ops1);
        foreach (var rule in list.Items.Select(f => f.Rule).Distinct())
        {
            await findings.ExplainAsync(new ExplainRequest(period, rule, null, "已核实", CarryForward: false), ops1);
        }
    }
}
