using System.Globalization;
using System.IO.Abstractions;
using System.Text;
using RiskReporting.Core.Calendar;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Runs;
using RiskReporting.Core.State;
using RiskReporting.Engine.Archive;
using RiskReporting.Engine.Composition;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Statements;

namespace RiskReporting.Engine.Reports;

/// <summary>
/// `report --quarter 2026Q3` and `report --year 2026` (第17、19条): the 分析报告 over the archived batches of the period,
/// every figure recomputed from the records of the batch each month's archive manifest names (the latest filed batch of
/// the month, so a correction counts), written as HTML and PDF into the archive. A period still in progress is
/// reported over the months filed so far, and says so.
/// </summary>
public sealed partial class ReportService(IStateStore store, ArchiveService archive, BatchFigures figures, EnginePaths paths, IFileSystem fileSystem, TimeProvider clock)
{
    /// <param name="proposalsFile">When given (operators only), its text is stored as the report's improvement proposals, replacing earlier ones, before the report is written.</param>
    public async Task<AnalysisReport> WriteAsync(ReportScope scope, Actor actor, string? proposalsFile = null, CancellationToken cancellationToken = default)
    {
        Roles.RequireArchiveReader(actor);
        ArgumentNullException.ThrowIfNull(scope);
        var filed = archive.Filed(scope.Year)
            .Where(b => scope.Months.Contains(b.ReportingPeriod))
            .GroupBy(b => b.Period, StringComparer.Ordinal).Select(g => g.MaxBy(b => b.Batch)!)
            .OrderBy(b => b.Period, StringComparer.Ordinal).ToList();
        if (filed.Count == 0)
        {
            throw new RefusalException(RefusalCode.NotFound, $"{scope.Title}没有已归档的批次，无法生成分析报告：批次在审批发布时归档。");
        }

        var runs = new List<RunRecord>();
        foreach (var batch in filed)
        {
            runs.Add((await store.ListRunsAsync(batch.ReportingPeriod, cancellationToken)).SingleOrDefault(r => r.RunId == batch.RunId)
                ?? throw new InvalidOperationException($"已归档的 {batch.Period} 第 {batch.Batch:D2} 批指向运行 (run) {batch.RunId}，但状态库 (state store) 中已没有该运行。"));
        }

        var months = new List<MonthIndicators>();
        foreach (var run in runs)
        {
            months.Add(await figures.OfAsync(run, cancellationToken));
        }

        if (proposalsFile is not null)
        {
            await StoreProposalsAsync(scope, proposalsFile, actor, cancellationToken);
        }

        var inProgress = filed.Count < scope.Months.Count;
        var sections = new List<ReportSection> { Trend(months) };
        sections.AddRange(Concentration(months[^1]));
        sections.Add(await MigrationAsync(runs[0], runs[^1], months[^1], cancellationToken));
        sections.AddRange(Mix(months[^1]));
        sections.AddRange(await FindingsAsync(runs, cancellationToken));
        sections.Add(await SubmissionsAsync(scope, cancellationToken));
        sections.Add(await PlanAsync(scope, months[^1], runs[^1], cancellationToken));
        sections.Add(await ProposalsAsync(scope, cancellationToken));
        var preface = Preface(scope, filed, inProgress);
        var folder = scope.Quarter is { } q
            ? fileSystem.Path.Combine(archive.Root, scope.Year.ToString("D4", CultureInfo.InvariantCulture), $"Q{q}")
            : fileSystem.Path.Combine(archive.Root, scope.Year.ToString("D4", CultureInfo.InvariantCulture));
        fileSystem.Directory.CreateDirectory(folder);
        var title = $"{scope.Title}客户风险统计分析报告";
        var html = fileSystem.Path.Combine(folder, $"analysis-{scope.Label}.html");
        var pdf = fileSystem.Path.Combine(folder, $"analysis-{scope.Label}.pdf");
        await fileSystem.File.WriteAllTextAsync(html + ".tmp", ReportHtml.Write(title, preface, sections), new UTF8Encoding(false), cancellationToken);
        ReportPdf.Write(fileSystem, pdf + ".tmp", title, preface, sections);
        fileSystem.File.Move(html + ".tmp", html, overwrite: true);
        fileSystem.File.Move(pdf + ".tmp", pdf, overwrite: true);
        await store.AppendAuditAsync(new AuditEntry(clock.GetUtcNow(), actor.Name, "report.write", $"report:{scope.Label}",
            $"{filed.Count} 个月 (months)：{string.Join(",", filed.Select(b => $"{b.Period}/{b.Batch:D2}"))}{(inProgress ? "；尚未结束 (in progress)" : string.Empty)}"), cancellationToken);
        return new AnalysisReport(scope, [.. filed.Select(b => b.ReportingPeriod)], inProgress, sections, html, pdf);
    }

    private List<string> Preface(ReportScope scope, List<ArchivedBatch> filed, bool inProgress)
    {
        var made = clock.GetUtcNow().ToOffset(ReportingDeadline.ShanghaiOffset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var lines = new List<string>
        {
            $"数据来源：归档批次 {string.Join("、", filed.Select(b => $"{b.Period} 第{b.Batch:D2}批"))}；生成时间 {made}（北京时间）。金额单位：万元。",
        };
        if (inProgress)
        {
            lines.Add($"本报告期尚未结束：{scope.Title}共 {scope.Months.Count} 个月，已发布归档 {filed.Count} 个月，以下数字仅反映已发布月份。");
        }

        return lines;
    }

    internal static string Wan(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    internal static string Pct(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    internal static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
