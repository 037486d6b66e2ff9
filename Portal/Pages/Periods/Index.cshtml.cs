using Microsoft.AspNetCore.Mvc;
using RiskReporting.Engine;
using RiskReporting.Engine.Runs;
using RiskReporting.Portal.Identity;

namespace RiskReporting.Portal.Pages.Periods;

/// <summary>The operators' dashboard: each period against its deadline, the batches held, and a run to start; all from the engine's services.</summary>
public sealed class IndexModel : EnginePageModel
{
    public StatusReport? Report { get; private set; }

    public IReadOnlyList<RunJobStatus> Jobs { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        try
        {
            Report = await Service<StatusService>().StatusAsync(null, await ActorAsync(), HttpContext.RequestAborted);
            Jobs = [.. Service<RunJobs>().List().Select(j => j.Status()).Where(s => !s.Ended)];
            return Page();
        }
        catch (RefusalException refusal) when (refusal.Code == RefusalCode.NotAllowed && PortalClaims.UserOf(User)?.Role == "admin")
        {
            // The dashboard is the landing page after login; an administrator reads no period, and starts at the users instead.
            return Redirect("/admin/users");
        }
        catch (RefusalException refusal)
        {
            return Refused(refusal);
        }
    }

    /// <summary>Starts (or reruns) the period in the background and shows its progress.</summary>
    public async Task<IActionResult> OnPostRunAsync(string period)
    {
        if (!TryPeriod(period, out var reporting))
        {
            return NotFound();
        }

        try
        {
            var job = Service<RunJobs>().Start(reporting, await ActorAsync());
            return Redirect($"/periods/{reporting}/jobs/{job.Id}");
        }
        catch (RefusalException refusal)
        {
            Report = await Service<StatusService>().StatusAsync(null, await ActorAsync(), HttpContext.RequestAborted);
            return Refused(refusal);
        }
    }
}
