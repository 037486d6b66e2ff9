using RiskReporting.Core.Periods;
using RiskReporting.Core.Runs;
using RiskReporting.Core.State;

namespace RiskReporting.Scheduler.Cli.Hosting;

/// <summary>Checks shared by the operators' verbs: who may act, and which run of a period they act on.</summary>
public static class Operators
{
    /// <summary>The named user must exist with the operator role (credit management); anyone else is refused in one line.</summary>
    public static async Task RequireOperatorAsync(IStateStore store, string? user, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(user))
        {
            throw new UsageException("--user is required: the operator who acts (see `riskreport users list`).");
        }

        var account = await store.FindUserAsync(user, cancellationToken);
        if (account is null || account.Role.Kind != UserRoleKind.Operator)
        {
            throw new UsageException($"'{user}' is not an operator (credit management): add the user with `riskreport users add {user} --role operator`.");
        }
    }

    public static async Task<RunRecord> LatestRunAsync(IStateStore store, ReportingPeriod period, CancellationToken cancellationToken) =>
        (await store.ListRunsAsync(period, cancellationToken)).MaxBy(r => r.Batch)
        ?? throw new UsageException($"No run of {period} is held: run it first (`riskreport run --period {period}`).");
}
