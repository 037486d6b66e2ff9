using Microsoft.AspNetCore.Mvc;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Runs;
using RiskReporting.Engine;
using RiskReporting.Engine.Overrides;
using RiskReporting.Engine.Runs;
using RiskReporting.Engine.Verification;

namespace RiskReporting.Portal.Pages.Periods;

/// <summary>
/// A period's corrections (issue #15): overrides (补录) made with a reason and removed, a correction (订正) of the published
/// period started in the background, and `verify` of each batch that built a package. Every decision is the override,
/// correction and verification services'; the page parses the form, calls one method, and shows its answer.
/// </summary>
public sealed class CorrectionsModel : EnginePageModel
{
    public string Period { get; private set; } = string.Empty;

    public IReadOnlyList<RunRecord> Batches { get; private set; } = [];

    public IReadOnlyList<Core.State.Override> Overrides { get; private set; } = [];

    public string? Done { get; private set; }

    /// <summary>After an override: the action that makes it count, offered on the page (a rerun button, or the correction below).</summary>
    public OverrideFollowUp? FollowUp { get; private set; }

    public VerificationResult? Verification { get; private set; }

    public bool Published => Batches.Any(b => b.State == RunState.Published);

    public Task<IActionResult> OnGetAsync(string period) => ActAsync(period, _ => Task.CompletedTask);

    /// <summary>Records an override against a record of the latest batch; it counts at the next run, or in a correction once published.</summary>
    public Task<IActionResult> OnPostOverrideAsync(string period, string? part, string? key, string? field, string? value, string? reason) =>
        ActAsync(period, async reporting =>
        {
            var overrides = Service<OverrideService>();
            var made = await overrides.AddAsync(new OverrideRequest(reporting, Trim(part), Trim(key), Trim(field), value?.Trim() ?? string.Empty, reason?.Trim() ?? string.Empty),
                await ActorAsync(), HttpContext.RequestAborted);
            Done = $"补录 {made.Id} 已记录：{made.Part} {made.Key} {made.Field} = {made.Value}。";
            FollowUp = await overrides.FollowUpAsync(reporting, HttpContext.RequestAborted);
        });

    public Task<IActionResult> OnPostRemoveAsync(string period, string? id) =>
        ActAsync(period, async _ =>
        {
            await Service<OverrideService>().RemoveAsync(Trim(id), await ActorAsync(), HttpContext.RequestAborted);
            Done = $"补录 {id} 已撤销。";
        });

    /// <summary>`verify --period P --batch N`: the package rebuilt from the stored records and compared with the one recorded.</summary>
    public Task<IActionResult> OnPostVerifyAsync(string period, int batch) =>
        ActAsync(period, async reporting => Verification = await Service<VerificationService>().VerifyAsync(reporting, batch, await ActorAsync(), cancellationToken: HttpContext.RequestAborted));

    /// <summary>Starts the correction batch in the background and shows its progress, as a run does.</summary>
    public async Task<IActionResult> OnPostCorrectAsync(string period, string? reason)
    {
        if (!TryPeriod(period, out var reporting))
        {
            return NotFound();
        }

        try
        {
            var job = Service<RunJobs>().StartCorrection(reporting, reason?.Trim() ?? string.Empty, await ActorAsync());
            return Redirect($"/periods/{reporting}/jobs/{job.Id}");
        }
        catch (RefusalException refusal)
        {
            await LoadQuietlyAsync(reporting);
            return Refused(refusal);
        }
    }

    private async Task<IActionResult> ActAsync(string period, Func<ReportingPeriod, Task> act)
    {
        if (!TryPeriod(period, out var reporting))
        {
            return NotFound();
        }

        Period = reporting.ToString();
        try
        {
            await act(reporting);
            await LoadAsync(reporting);
            return Page();
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
        var status = await Service<StatusService>().StatusAsync(reporting, await ActorAsync(), HttpContext.RequestAborted);
        Batches = [.. status.Runs.Where(r => r.Period == reporting).OrderByDescending(r => r.Batch)];
        Overrides = status.Detail?.Overrides ?? [];
    }

    private async Task LoadQuietlyAsync(ReportingPeriod reporting)
    {
        try
        {
            await LoadAsync(reporting);
        }
        catch (RefusalException)
        {
            Batches = [];
        }
    }

    private static string Trim(string? value) => value?.Trim() ?? string.Empty;
}
