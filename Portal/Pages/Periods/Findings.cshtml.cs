using Microsoft.AspNetCore.Mvc;
using RiskReporting.Engine;
using RiskReporting.Engine.Findings;

namespace RiskReporting.Portal.Pages.Periods;

/// <summary>
/// A batch's findings, filtered and paged by the store (fast at 100,000), and the operator's explanations:
/// one warning, or every open warning of a rule. The filter is in the query string; nothing of a customer is.
/// </summary>
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
