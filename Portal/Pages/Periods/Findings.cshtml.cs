using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using RiskReporting.Engine;
using RiskReporting.Engine.Findings;

namespace RiskReporting.Portal.Pages.Periods;

/// <summary>
/// A batch's findings, filtered and paged by the store (fast at 100,000), and the operator's explanations:
/// one warning, or every open warning of a rule. The filter is in the query string; nothing of a customer is.
/// </summary>
[RequestSizeLimit(ExplanationSheet.MaxUploadBytes + (1024 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = ExplanationSheet.MaxUploadBytes + (1024 * 1024))]
public sealed class FindingsModel : EnginePageModel
{
    public const int PageSize = 50;

    public string Period { get; private set; } = string.Empty;

    [BindProperty(SupportsGet = true)] public string? Rule { get; set; }

    [BindProperty(SupportsGet = true)] public string? Severity { get; set; }

    [BindProperty(SupportsGet = true)] public string? Part { get; set; }

    [BindProperty(SupportsGet = true)] public string? Branch { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public FindingList? List { get; private set; }

    public string? Done { get; private set; }

    /// <summary>Whether the explanation forms are offered: not to a branch user or an auditor, whom the finding service would refuse (their view is read-only).</summary>
    public bool MayExplain => Identity.PortalClaims.UserOf(User)?.Role == "operator";

    public async Task<IActionResult> OnGetAsync(string period)
    {
        if (!TryPeriod(period, out var reporting))
        {
            return NotFound();
        }

        Period = reporting.ToString();
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

    /// <summary>Explains one warning (rule and key) or every open warning of the rule (no key), then shows the same page.</summary>
    public async Task<IActionResult> OnPostExplainAsync(string period, string explainRule, string? explainKey, string text, bool carryForward)
    {
        if (!TryPeriod(period, out var reporting))
        {
            return NotFound();
        }

        Period = reporting.ToString();
        try
        {
            var result = await Service<FindingService>().ExplainAsync(
                new ExplainRequest(reporting, explainRule, string.IsNullOrEmpty(explainKey) ? null : explainKey, text ?? string.Empty, carryForward), await ActorAsync(), HttpContext.RequestAborted);
            Done = $"已说明 {result.Explained} 条 {explainRule} 提示。";
            await LoadAsync(reporting);
            return Page();
        }
        catch (RefusalException refusal)
        {
            await LoadQuietlyAsync(reporting);
            return Refused(refusal);
        }
    }

    /// <summary>The findings file sent back with an explanation per row; the finding service parses, checks and applies it (all rows or none).</summary>
    public async Task<IActionResult> OnPostUploadAsync(string period, IFormFile? file)
    {
        if (!TryPeriod(period, out var reporting))
        {
            return NotFound();
        }

        Period = reporting.ToString();
        try
        {
            using var buffer = new MemoryStream();
            if (file is not null)
            {
                await file.CopyToAsync(buffer, HttpContext.RequestAborted);
            }

            var result = await Service<FindingService>().UploadExplanationsAsync(reporting, Path.GetFileName(file?.FileName ?? "（未选择文件）"), buffer.ToArray(), await ActorAsync(), HttpContext.RequestAborted);
            Done = $"已按文件说明 {result.Explained} 条提示" + (result.AlreadyExplained > 0 ? $"；{result.AlreadyExplained} 行所指提示此前已说明，保持不变。" : "。");
            await LoadAsync(reporting);
            return Page();
        }
        catch (RefusalException refusal)
        {
            await LoadQuietlyAsync(reporting);
            return Refused(refusal);
        }
    }

    public string PageUrl(int page) =>
        $"/periods/{Period}/findings?" + string.Join("&", new[] { ("rule", Rule), ("severity", Severity), ("part", Part), ("branch", Branch), ("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)) }
            .Where(p => !string.IsNullOrEmpty(p.Item2)).Select(p => p.Item1 + "=" + Uri.EscapeDataString(p.Item2!)));

    private async Task LoadAsync(Core.Periods.ReportingPeriod period) =>
        List = await Service<FindingService>().ListAsync(
            new FindingFilter(period, Empty(Rule), Empty(Severity), Empty(Part), Branch, Page: Math.Max(PageNumber, 1), PageSize: PageSize), await ActorAsync(), HttpContext.RequestAborted);

    private async Task LoadQuietlyAsync(Core.Periods.ReportingPeriod period)
    {
        try
        {
            await LoadAsync(period);
        }
        catch (RefusalException)
        {
            List = null;
        }
    }

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
