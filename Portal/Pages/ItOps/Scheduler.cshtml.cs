using Microsoft.AspNetCore.Mvc;
using RiskReporting.Engine;
using RiskReporting.Engine.Scheduling;

namespace RiskReporting.Portal.Pages.ItOps;

/// <summary>The scheduler (issue #15, IT operations): its triggers with next and previous fire, misfires, nodes and the runs it started.</summary>
public sealed class SchedulerModel : EnginePageModel
{
    public SchedulerStatus? Status { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        try
        {
            Status = await Service<SchedulerStatusService>().StatusAsync(await ActorAsync(), HttpContext.RequestAborted);
            return Page();
        }
        catch (RefusalException refusal)
        {
            return Refused(refusal);
        }
    }
}
