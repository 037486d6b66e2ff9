using Microsoft.AspNetCore.Mvc;
using RiskReporting.Engine;
using RiskReporting.Engine.Runs;

namespace RiskReporting.Portal.Pages.Periods;

/// <summary>A background run as it goes: each step's rows and time, the run's log, and where it ended. The page reloads itself while the run works.</summary>
public sealed class JobModel : EnginePageModel
{
    public RunJobStatus? Job { get; private set; }

    public async Task<IActionResult> OnGetAsync(string period, string id)
    {
        try
        {
            _ = await ActorAsync();
        }
        catch (RefusalException refusal)
        {
            return Refused(refusal);
        }

        Job = Service<RunJobs>().Find(id)?.Status();
        return Job is null || Job.Period.ToString() != period ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostCancelAsync(string period, string id)
    {
        try
        {
            _ = await ActorAsync();
        }
        catch (RefusalException refusal)
        {
            return Refused(refusal);
        }

        var job = Service<RunJobs>().Find(id);
        if (job is null || job.Period.ToString() != period)
        {
            return NotFound();
        }

        job.Cancel();
        return Redirect($"/periods/{period}/jobs/{id}");
    }
}
