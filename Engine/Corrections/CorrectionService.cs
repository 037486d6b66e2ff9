using RiskReporting.Core.Periods;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Runs;

namespace RiskReporting.Engine.Corrections;

/// <summary>`correct` (订正): batch N+1 of a published period with the correction file of every A/D/U difference; refused when nothing changed.</summary>
public sealed class CorrectionService(MonthlyRun monthlyRun, RunService runs)
{
    /// <exception cref="RefusalException">Engine:Org or the source is not set (before any work), the actor is no operator, nothing is published, or nothing changed.</exception>
    public async Task<RunOutcome> CorrectAsync(ReportingPeriod period, string reason, Actor actor, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        runs.RequireRunnable();
        RequireCorrection(reason, actor);
        var outcome = (await monthlyRun.ExecuteAsync(new RunRequest(period, actor.Name, reason), progress, cancellationToken))!;
        return outcome.NothingChanged ? throw new RefusalException(RefusalCode.StateConflict, outcome.Message!) : outcome;
    }

    /// <summary>Who may correct, and that a correction states why: checked before any work, by every door (the CLI, a background job).</summary>
    public static void RequireCorrection(string? reason, Actor actor)
    {
        Roles.RequireOperator(actor);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new RefusalException(RefusalCode.InvalidInput, "订正须写明原因 (reason required)。");
        }
    }
}
