using System.IO.Abstractions;
using Microsoft.AspNetCore.Mvc;
using RiskReporting.Engine;
using RiskReporting.Engine.Archive;

namespace RiskReporting.Portal.Pages.Archive;

/// <summary>
/// The statistics archive (客户信息统计制度 第8–9条, issue #18) by year, quarter and month, as `archive list` reads it, with
/// the quarterly and annual analysis reports written into it (`report --quarter` / `--year`), each to open or download.
/// </summary>
public sealed class IndexModel : EnginePageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public IReadOnlyList<ArchivedBatch> Batches { get; private set; } = [];

    public IReadOnlyList<ArchivedReport> Reports { get; private set; } = [];

    /// <summary>The years that hold a filed batch, newest first (for the year picker).</summary>
    public IReadOnlyList<int> Years { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        try
        {
            var actor = await ActorAsync();
            var archive = Service<ArchiveService>();
            var all = archive.List(null, actor);
            Years = [.. all.Select(b => b.ReportingPeriod.Year).Distinct().OrderDescending()];
            Year ??= Years.Count > 0 ? Years[0] : null;
            Batches = [.. all.Where(b => b.ReportingPeriod.Year == Year)];
            Reports = Year is { } year ? archive.AnalysisReports(year, actor) : [];
            return Page();
        }
        catch (RefusalException refusal)
        {
            return Refused(refusal);
        }
    }

    /// <summary>One written analysis report, by its file name only (the archive service resolves and checks it).</summary>
    public async Task<IActionResult> OnGetReportAsync(string name)
    {
        try
        {
            var path = Service<ArchiveService>().ReportFile(name ?? string.Empty, await ActorAsync());
            var type = path.EndsWith(".pdf", StringComparison.Ordinal) ? "application/pdf" : "text/html; charset=utf-8";
            return File(Service<IFileSystem>().FileStream.New(path, FileMode.Open, FileAccess.Read, FileShare.Read), type, name);
        }
        catch (RefusalException refusal)
        {
            return Refused(refusal);
        }
    }

    /// <summary>The quarters of the year shown, newest first, each with its months' batches (newest month first).</summary>
    public IEnumerable<(int Quarter, IReadOnlyList<IGrouping<string, ArchivedBatch>> Months)> Quarters() =>
        Batches.GroupBy(b => b.Quarter).OrderByDescending(q => q.Key)
            .Select(q => (q.Key, (IReadOnlyList<IGrouping<string, ArchivedBatch>>)[.. q.GroupBy(b => b.Period, StringComparer.Ordinal).OrderByDescending(m => m.Key, StringComparer.Ordinal)]));
}
