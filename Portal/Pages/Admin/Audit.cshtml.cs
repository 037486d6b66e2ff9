using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using RiskReporting.Core.Periods;
using RiskReporting.Core.State;
using RiskReporting.Engine;
using RiskReporting.Engine.Audit;

namespace RiskReporting.Portal.Pages.Admin;

/// <summary>The audit trail for administrators and auditors, newest first and paged, filtered by period or user; and `audit verify` as a button.</summary>
public sealed class AuditModel : EnginePageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Period { get; set; }

    [BindProperty(SupportsGet = true, Name = "actor")] public string? ActorName { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ChainedAuditEntry> Entries { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public AuditVerification? Verification { get; private set; }

    public Task<IActionResult> OnGetAsync() => LoadAsync(verify: false);

    public Task<IActionResult> OnPostVerifyAsync() => LoadAsync(verify: true);

    public string PageUrl(int page) =>
        "/admin/audit?" + string.Join("&", new[] { ("period", Period), ("actor", ActorName), ("page", page.ToString(CultureInfo.InvariantCulture)) }
            .Where(p => !string.IsNullOrEmpty(p.Item2)).Select(p => p.Item1 + "=" + Uri.EscapeDataString(p.Item2!)));

    private async Task<IActionResult> LoadAsync(bool verify)
    {
        ReportingPeriod? period = null;
        if (!string.IsNullOrWhiteSpace(Period))
        {
            if (!ReportingPeriod.TryParse(Period.Trim(), out var parsed))
            {
                return Refused(new RefusalException(RefusalCode.InvalidInput, $"报送期 {Period} 的格式应为 YYYYMM。"));
            }

            period = parsed;
        }

        try
        {
            var actor = await ActorAsync();
            var audit = Service<AuditService>();
            if (verify)
            {
                Verification = await audit.VerifyAsync(actor, HttpContext.RequestAborted);
            }

            var all = await audit.ListAsync(period, string.IsNullOrWhiteSpace(ActorName) ? null : ActorName.Trim(), actor, HttpContext.RequestAborted);
            Total = all.Count;
            PageNumber = Math.Clamp(PageNumber, 1, Pages);
            Entries = [.. all.Reverse().Skip((PageNumber - 1) * PageSize).Take(PageSize)];
            return Page();
        }
        catch (RefusalException refusal)
        {
            return Refused(refusal);
        }
    }
}
