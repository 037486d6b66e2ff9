using System.Globalization;
using RiskReporting.Core.Calendar;
using RiskReporting.Core.Runs;
using RiskReporting.Engine.Runs;
using RiskReporting.Engine.Statements;

namespace RiskReporting.Engine.Reports;

public sealed partial class ReportService
{
    public const string FindingsByRuleHeading = "七、校验问题（按规则）";
    public const string FindingsByBranchHeading = "八、校验问题（按机构）";
    public const string ExplanationsHeading = "九、情况说明（按规则）";
    public const string SubmissionsHeading = "十、迟报、漏报与订正";
    public const string PlanHeading = "十一、计划完成情况（第19条）";

    /// <summary>The indicators a plan may set (plans/{year}.csv: indicator,target); npl_share is a ceiling, the others are floors.</summary>
    public static IReadOnlyList<string> PlanIndicators { get; } = ["credit_lines", "loan_balance", "customers", "npl_share"];

    private async Task<IEnumerable<ReportSection>> FindingsAsync(IReadOnlyList<RunRecord> runs, CancellationToken cancellationToken)
    {
        var findings = new List<Core.State.StoredFinding>();
        var explanations = new List<Core.State.Explanation>();
        foreach (var run in runs)
        {
            findings.AddRange(await store.LoadFindingsAsync(run.RunId, cancellationToken));
            explanations.AddRange(await store.ExplanationsForAsync(run.Period, cancellationToken));
        }

        return
        [
            new ReportSection(FindingsByRuleHeading, ["规则", "级别", "问题数"],
                [.. findings.GroupBy(f => (f.Rule, f.Severity)).OrderBy(g => g.Key.Rule, StringComparer.Ordinal).Select(g => (IReadOnlyList<string>)[g.Key.Rule, g.Key.Severity, Int(g.Count())])]),
            new ReportSection(FindingsByBranchHeading, ["机构", "问题数"],
                [.. findings.GroupBy(f => f.Branch.Length > 0 ? f.Branch : "（未分机构）").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (IReadOnlyList<string>)[g.Key, Int(g.Count())])]),
            new ReportSection(ExplanationsHeading, ["规则", "情况说明数"],
                [.. explanations.GroupBy(e => e.Rule).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (IReadOnlyList<string>)[g.Key, Int(g.Count())])]),
        ];
    }

    /// <summary>Each month of the scope due by now: 按时, 迟报 (published after its deadline, or unpublished past it), 漏报 (no run past it), 未到期; and its corrections with their reasons.</summary>
    private async Task<ReportSection> SubmissionsAsync(ReportScope scope, CancellationToken cancellationToken)
    {
        var calendar = WorkingDayCalendar.Load(fileSystem, paths.CalendarDirectory);
        var now = clock.GetUtcNow();
        var rows = new List<IReadOnlyList<string>>();
        foreach (var period in scope.Months)
        {
            var runs = await store.ListRunsAsync(period, cancellationToken);
            var status = new SubmissionStatus(period, runs.MaxBy(r => r.Batch), ReportingDeadline.Of(period, calendar), now)
            {
                FirstPublished = runs.Where(r => r.State == RunState.Published).MinBy(r => r.Batch),
            };
            var state = status.Missing ? "漏报" : status.Late ? "迟报" : status.FirstPublished is not null ? "按时" : "未到期";
            var corrections = new List<string>();
            foreach (var run in runs.Where(r => r.Batch > 1).OrderBy(r => r.Batch))
            {
                var reason = await store.CorrectionOfAsync(run.RunId, cancellationToken);
                corrections.Add($"第{run.Batch:D2}批：{reason?.Reason}");
            }

            rows.Add([period.ToString(), state, status.FirstPublished is { } p ? p.UpdatedAt.ToOffset(ReportingDeadline.ShanghaiOffset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "-",
                status.Deadline.DueAt.ToOffset(ReportingDeadline.ShanghaiOffset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), corrections.Count == 0 ? "-" : string.Join("；", corrections)]);
        }

        return new ReportSection(SubmissionsHeading, ["月份", "报送情况", "首次发布", "报送期限", "订正（原因）"], rows);
    }

    /// <summary>The plan beside the configuration, measured against the last month; without one the report says so and still builds.</summary>
    private async Task<ReportSection> PlanAsync(ReportScope scope, MonthIndicators last, RunRecord lastRun, CancellationToken cancellationToken)
    {
        var file = fileSystem.Path.Combine(paths.BaseDirectory, "plans", $"{scope.Year}.csv");
        if (!fileSystem.File.Exists(file))
        {
            return new ReportSection(PlanHeading, ["指标", "计划", "实际", "完成率%", "完成情况"], [], $"未设定计划（{file} 不存在）。");
        }

        var rows = new List<IReadOnlyList<string>>();
        var missed = new List<string>();
        foreach (var (indicator, target) in ReadPlan(file))
        {
            var actual = indicator switch
            {
                "credit_lines" => last.CreditLines,
                "loan_balance" => last.LoanBalance,
                "customers" => last.Customers,
                _ => last.NonPerformingShare,
            };
            var met = indicator == "npl_share" ? actual <= target : actual >= target;
            rows.Add([indicator, Wan(target), Wan(actual), target == 0 ? "-" : Pct(MonthIndicators.Share(actual, target)), met ? "完成" : "未完成"]);
            if (!met)
            {
                missed.Add(indicator);
            }
        }

        var note = missed.Count == 0 ? "各项计划均已完成。" : $"未完成：{string.Join("、", missed)}。原因（{last.Period} 文字说明）：{await CausesAsync(lastRun, cancellationToken)}";
        return new ReportSection(PlanHeading, ["指标", "计划", "实际", "完成率%", "完成情况"], rows, note);
    }

    private IEnumerable<(string Indicator, decimal Target)> ReadPlan(string file)
    {
        var lines = fileSystem.File.ReadAllLines(file);
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            var cells = lines[i].Split(',');
            if (cells.Length != 2 || !PlanIndicators.Contains(cells[0].Trim()) || !decimal.TryParse(cells[1].Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var target))
            {
                throw new RefusalException(RefusalCode.InvalidConfiguration, $"{file} 第 {i + 1} 行无法识别：应为 indicator,target，indicator 为 {string.Join("/", PlanIndicators)}。");
            }

            yield return (cells[0].Trim(), target);
        }
    }

    /// <summary>The 原因分析 section of the month's statement, as the causes of a missed plan.</summary>
    private async Task<string> CausesAsync(RunRecord run, CancellationToken cancellationToken)
    {
        var text = (await store.StatementOfAsync(run.RunId, cancellationToken))?.Text;
        if (text is null)
        {
            return "（无文字说明）";
        }

        var lines = text.Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith(StatementDraft.Headings[0], StringComparison.Ordinal));
        return start < 0 ? text.Trim() : string.Join(" ", lines.Skip(start + 1).TakeWhile(l => !StatementDraft.Headings.Any(h => l.StartsWith(h, StringComparison.Ordinal))).Where(l => l.Trim().Length > 0));
    }
}
