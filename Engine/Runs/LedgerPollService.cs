using System.IO.Abstractions;
using Microsoft.Extensions.Logging;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Runs;
using RiskReporting.Engine.Composition;
using RiskReporting.Engine.Identity;
using RiskReporting.Extraction.Ledger;

namespace RiskReporting.Engine.Runs;

/// <summary>
/// The scheduler's look in the inbox (issue #17): a period whose latest run waits for its interbank ledger (exit 4)
/// is run again once TYYWTZ_{P}.csv or .xlsx has arrived, as long as its deadline has not passed. After the
/// deadline it is the operators' to run (the deadline notifications told them).
/// </summary>
public sealed class LedgerPollService(StatusService status, MonthlyRun monthlyRun, RunService runs, IFileSystem fileSystem, EnginePaths paths, ILogger<LedgerPollService> logger)
{
    /// <returns>The runs made now, one per period whose ledger arrived.</returns>
    public async Task<IReadOnlyList<RunOutcome>> RunArrivedAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        Roles.RequireRunner(actor);
        runs.RequireRunnable();
        var outcomes = new List<RunOutcome>();
        var waiting = (await status.DeadlinesAsync(cancellationToken)).Where(s => s.Latest?.State == RunState.WaitingForLedger && s.TimeLeft > TimeSpan.Zero);
        foreach (var period in waiting.Select(s => s.Period).Where(Arrived))
        {
            logger.LedgerArrived(period.ToString(), paths.InboxDirectory);
            try
            {
                outcomes.Add((await monthlyRun.ExecuteAsync(new RunRequest(period, actor.Name), null, cancellationToken))!);
            }
            catch (RefusalException e) when (e.InnerException is PeriodLockedException)
            {
                // An operator started the period meanwhile: that run has the ledger.
            }
        }

        return outcomes;
    }

    /// <summary>Whether the period's ledger is in the inbox (both a .csv and an .xlsx count: the run then names the conflict).</summary>
    internal bool Arrived(ReportingPeriod period)
    {
        try
        {
            return new InterbankLedgerReader(fileSystem).Find(paths.InboxDirectory, period) is not null;
        }
        catch (LedgerImportException)
        {
            return true;
        }
    }
}
