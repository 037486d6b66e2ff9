using System.IO.Abstractions;
using Microsoft.AspNetCore.Mvc;
using RiskReporting.Core.Periods;
using RiskReporting.Engine;
using RiskReporting.Engine.Approval;
using RiskReporting.Engine.Downloads;
using RiskReporting.Engine.Findings;
using RiskReporting.Engine.Runs;

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
    }

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
