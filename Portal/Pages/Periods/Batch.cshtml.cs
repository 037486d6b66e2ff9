using Microsoft.AspNetCore.Mvc;
using RiskReporting.Engine;
using RiskReporting.Engine.Findings;
using RiskReporting.Engine.Runs;

namespace RiskReporting.Portal.Pages.Periods;

/// <summary>One period's latest batch: its state, its findings counted by rule, severity, part and branch, the warnings still open and the overrides in force.</summary>
public sealed class BatchModel : EnginePageModel
{
    public string Period { get; private set; } = string.Empty;

    public FindingTally? Tally { get; private set; }

    public PeriodFindings? Detail { get; private set; }

    public async Task<IActionResult> OnGetAsync(string period)
    {
        if (!TryPeriod(period, out var reporting))
        {
            return NotFound();
        }

        Period = reporting.ToString();
        try
        {
            var actor = await ActorAsync();
            Tally = await Service<FindingService>().CountAsync(reporting, actor, HttpContext.RequestAborted);
            Detail = (await Service<StatusService>().StatusAsync(reporting, actor, HttpContext.RequestAborted)).Detail;
            return Page();
        }
        catch (RefusalException refusal)
        {
            return Refused(refusal);
        }
    }
}
