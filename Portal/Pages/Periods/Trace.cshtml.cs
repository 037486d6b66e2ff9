using Microsoft.AspNetCore.Mvc;
using RiskReporting.Engine;
using RiskReporting.Engine.Trace;

namespace RiskReporting.Portal.Pages.Periods;

/// <summary>
/// `trace` in the browser: a record of a batch's snapshot, its fields, the source rows it came from and its overrides. The record's
/// key is posted in the form, never put in the URL (it can be a customer's code); the trace service decides who may see what.
/// </summary>
public sealed class TraceModel : EnginePageModel
{
    public string Period { get; private set; } = string.Empty;

    [BindProperty] public string? Part { get; set; }

    [BindProperty] public string? Key { get; set; }

    [BindProperty] public int? Batch { get; set; }

    public TraceResult? Result { get; private set; }

    public IActionResult OnGet(string period)
    {
        if (!TryPeriod(period, out var reporting))
        {
            return NotFound();
        }

        Period = reporting.ToString();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string period)
    {
        if (!TryPeriod(period, out var reporting))
        {
            return NotFound();
        }

        Period = reporting.ToString();
        try
        {
            Result = await Service<TraceService>().TraceAsync(reporting, (Part ?? string.Empty).Trim(), (Key ?? string.Empty).Trim(), Batch, await ActorAsync(), HttpContext.RequestAborted);
            return Page();
        }
        catch (RefusalException refusal)
        {
            return Refused(refusal);
        }
    }
}
