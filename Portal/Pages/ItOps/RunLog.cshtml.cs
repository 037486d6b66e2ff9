using Microsoft.AspNetCore.Mvc;
using RiskReporting.Engine;
using RiskReporting.Engine.Runs;

namespace RiskReporting.Portal.Pages.ItOps;

/// <summary>One run's run.log, as `riskreport logs --run` shows it (its times are Beijing time, as the run wrote them).</summary>
public sealed class RunLogModel : EnginePageModel
{
    public RunLogText? Log { get; private set; }

    public async Task<IActionResult> OnGetAsync(string runId)
    {
        try
        {
            Log = await Service<StatusService>().RunLogAsync(runId, await ActorAsync(), HttpContext.RequestAborted);
            return Page();
        }
        catch (RefusalException refusal) when (refusal.Code == RefusalCode.NotFound)
        {
            return NotFound();
        }
        catch (RefusalException refusal)
        {
            return Refused(refusal);
        }
    }
}
