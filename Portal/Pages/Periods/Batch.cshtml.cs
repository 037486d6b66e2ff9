using System.IO.Abstractions;
using Microsoft.AspNetCore.Mvc;
using RiskReporting.Core.Periods;
using RiskReporting.Engine;
using RiskReporting.Engine.Approval;
using RiskReporting.Engine.Downloads;
using RiskReporting.Engine.Figures;
using RiskReporting.Engine.Findings;
using RiskReporting.Engine.Runs;
using RiskReporting.Engine.Statements;

namespace RiskReporting.Portal.Pages.Periods;

/// <summary>
/// One period's latest batch: its state, its findings counted by rule, severity, part and branch, the warnings still open and the overrides in force;
/// its approval (four eyes and maker-checker are the approval service's: a refusal is shown in its words) and the package and findings.xlsx to download.
/// </summary>
public sealed class BatchModel : EnginePageModel
{
    public string Period { get; private set; } = string.Empty;

    public FindingTally? Tally { get; private set; }

    public PeriodFindings? Detail { get; private set; }

    public string? Done { get; private set; }

    /// <summary>The month's 文字说明 stored with the batch, if any.</summary>
    public Core.State.Statement? Statement { get; private set; }

    /// <summary>The charts' figures (null for a branch user, who sees its own branch only).</summary>
    public BatchCharts? Charts { get; private set; }

    /// <summary>The pre-filled draft, for a user who may write the statement (null for one who may not).</summary>
    public string? Draft { get; private set; }

    public async Task<IActionResult> OnGetAsync(string period)
    {
        if (!TryPeriod(period, out var reporting))
        {
            return NotFound();
        }

        try
        {
            await LoadAsync(reporting);
            return Page();
        }
        catch (RefusalException refusal)
        {
            return Refused(refusal);
        }
    }

    /// <summary>Approves the latest batch as the session's user; the package moves to the outbox and the batch is published.</summary>
    public async Task<IActionResult> OnPostApproveAsync(string period)
    {
        if (!TryPeriod(period, out var reporting))
        {
            return NotFound();
        }

        try
        {
            var result = await Service<ApprovalService>().ApproveAsync(reporting, await ActorAsync(), HttpContext.RequestAborted);
            Done = $"已审批：批次 {result.Run.Batch:D2} 已发布，报文已移入待报送目录。";
            await LoadAsync(reporting);
            return Page();
        }
        catch (RefusalException refusal)
        {
            await LoadQuietlyAsync(reporting);
            return Refused(refusal);
        }
    }

    /// <summary>Stores the operator's 文字说明 with the batch; the statement service decides what it accepts.</summary>
    public async Task<IActionResult> OnPostStatementAsync(string period, string? text)
    {
        if (!TryPeriod(period, out var reporting))
        {
            return NotFound();
        }

        try
        {
            await Service<StatementService>().SubmitAsync(reporting, text ?? string.Empty, await ActorAsync(), HttpContext.RequestAborted);
            Done = "文字说明已保存。";
            await LoadAsync(reporting);
            return Page();
        }
        catch (RefusalException refusal)
        {
            await LoadQuietlyAsync(reporting);
            return Refused(refusal);
        }
    }

    public Task<IActionResult> OnGetPackageAsync(string period) =>
        DownloadAsync(period, (downloads, reporting, actor) => downloads.PackageAsync(reporting, actor, HttpContext.RequestAborted));

    public Task<IActionResult> OnGetWorkbookAsync(string period) =>
        DownloadAsync(period, (downloads, reporting, actor) => downloads.FindingsWorkbookAsync(reporting, actor, HttpContext.RequestAborted));

    private async Task<IActionResult> DownloadAsync(string period, Func<BatchDownloadService, ReportingPeriod, Engine.Identity.Actor, Task<BatchFile>> pick)
    {
        if (!TryPeriod(period, out var reporting))
        {
            return NotFound();
        }

        try
        {
            var file = await pick(Service<BatchDownloadService>(), reporting, await ActorAsync());
            return File(Service<IFileSystem>().FileStream.New(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read), file.ContentType, file.Name);
        }
        catch (RefusalException refusal)
        {
            await LoadQuietlyAsync(reporting);
            return Refused(refusal);
        }
    }

    private async Task LoadAsync(ReportingPeriod reporting)
    {
        Period = reporting.ToString();
        var actor = await ActorAsync();
        Tally = await Service<FindingService>().CountAsync(reporting, actor, HttpContext.RequestAborted);
        Detail = (await Service<StatusService>().StatusAsync(reporting, actor, HttpContext.RequestAborted)).Detail;
        Charts = await ChartsAsync(reporting, actor);
        var statements = Service<StatementService>();
        try
        {
            Statement = await statements.ShowAsync(reporting, actor, HttpContext.RequestAborted);
            Draft = Tally.Run.State == Core.Runs.RunState.AwaitingApproval ? await statements.DraftAsync(reporting, actor, HttpContext.RequestAborted) : null;
        }
        catch (RefusalException)
        {
            // A role that may not read or write the statement simply does not see it on this page.
            Draft = null;
        }
    }

    /// <summary>The charts, or none for a role the figure service does not show them to.</summary>
    private async Task<BatchCharts?> ChartsAsync(ReportingPeriod reporting, Engine.Identity.Actor actor)
    {
        try
        {
            return await Service<FigureService>().ChartsAsync(reporting, actor, HttpContext.RequestAborted);
        }
        catch (RefusalException refusal) when (refusal.Code == RefusalCode.NotAllowed)
        {
            return null;
        }
    }

    /// <summary>The charts' data as the page embeds it (a JSON block the static batch-charts.js reads; the CSP allows no inline script).</summary>
    public object? ChartData() => Charts is not { } charts ? null : new
    {
        industry = new { labels = charts.Industry.Select(p => p.Label), values = charts.Industry.Select(p => p.Value) },
        fiveClass = new { labels = charts.FiveClass.Select(p => p.Code + " " + p.Label), values = charts.FiveClass.Select(p => p.Value) },
        months = new
        {
            labels = charts.Months.Select(m => m.Current ? $"{m.Period}（本批）" : m.Period),
            creditLines = charts.Months.Select(m => m.CreditLines),
            exposure = charts.Months.Select(m => m.Exposure),
            loanBalance = charts.Months.Select(m => m.LoanBalance),
        },
    };

    private async Task LoadQuietlyAsync(ReportingPeriod reporting)
    {
        Period = reporting.ToString();
        try
        {
            await LoadAsync(reporting);
        }
        catch (RefusalException)
        {
            Tally = null;
            Detail = null;
        }
    }
}
