using System.Globalization;
using RiskReporting.Core.Runs;
using RiskReporting.Engine.Runs;
using RiskReporting.Validation.Findings;
using Spectre.Console;

namespace RiskReporting.Scheduler.Cli.Runs;

/// <summary>The run summary an operator reads: records per part, findings by rule and severity, the five branches with most findings, the package.</summary>
public sealed class RunSummary(IAnsiConsole console)
{
    /// <summary>Shows the outcome, says why on standard error when the run failed, and gives the exit code of `run` and `correct`.</summary>
    public int Report(RunOutcome outcome, string failure)
    {
        Show(outcome);
        var exit = Refusals.ExitCodeOf(outcome);
        if (exit == ExitCode.Failed)
        {
            Console.Error.WriteLine(Refusals.FailedPrefix + (outcome.Message ?? failure).ReplaceLineEndings(" "));
        }

        return (int)exit;
    }

    public void Show(RunOutcome outcome)
    {
        var run = outcome.Run;
        console.MarkupLineInterpolated($"报告期 [bold]{run.Period}[/] (数据日期 {run.Period.DataDateText}) 批次 {run.Batch:D2} — 状态 [bold]{RunStateNames.Of(run.State)}[/]  ({outcome.Directory})");
        if (outcome.RecordCounts is { } counts)
        {
            var parts = new Table().AddColumn("数据段 part").AddColumn(new TableColumn("记录数 records").RightAligned());
            foreach (var (part, records) in counts)
            {
                parts.AddRow(part, records.ToString("N0", CultureInfo.InvariantCulture));
            }

            console.Write(parts);
        }

        if (outcome.Findings.Count > 0)
        {
            var byRule = new Table().AddColumn("规则 rule").AddColumn("级别 severity").AddColumn(new TableColumn("校验发现 findings").RightAligned());
            foreach (var group in outcome.Findings.GroupBy(f => (f.Rule, f.Severity)).OrderBy(g => g.Key.Rule, StringComparer.Ordinal))
            {
                byRule.AddRow(group.Key.Rule, group.Key.Severity == Severity.Error ? "ERROR" : "WARNING", group.Count().ToString(CultureInfo.InvariantCulture));
            }

            console.Write(byRule);
            var top = outcome.Findings.Where(f => f.Branch.Length > 0).GroupBy(f => f.Branch).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(5);
            console.MarkupLineInterpolated($"校验发现最多的机构：{string.Join(", ", top.Select(g => $"{g.Key} ({g.Count()})"))}");
        }
        else if (outcome.RecordCounts is not null)
        {
            console.MarkupLine("校验发现：无");
        }

        if (outcome.RecordCounts is not null && outcome.Message is { } note)
        {
            console.MarkupLineInterpolated($"{note}");
        }

        foreach (var o in outcome.Overrides)
        {
            console.MarkupLineInterpolated($"补录 {o.Id}：{o.Part} {o.Key} {o.Field} = {o.Value}（{o.By}：{o.Reason}）");
        }

        if (outcome.Package is { } package)
        {
            console.MarkupLineInterpolated($"报文包 {package.Path}");
            console.MarkupLineInterpolated($"  SHA-256 {package.Sha256}");
        }

        switch (run.State)
        {
            case RunState.Blocked:
                console.MarkupLine("[red]存在确定性/一致性校验错误 (ERROR)，未生成报文包。见 findings.csv。[/]");
                break;
            case RunState.WaitingForLedger:
                console.MarkupLineInterpolated($"[yellow]{outcome.Message}[/]");
                break;
        }
    }
}
