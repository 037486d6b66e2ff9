using Microsoft.Extensions.Logging;
using RiskReporting.Core.Runs;
using RiskReporting.Engine;
using RiskReporting.Engine.Audit;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Notifications;
using RiskReporting.Engine.Runs;

namespace RiskReporting.Scheduler.Scheduling;

/// <summary>
/// What the scheduler does between its monthly fires, once a minute on its clock: every Scheduler:LedgerPollMinutes
/// it asks the engine to run the periods whose interbank ledger has arrived (a period waiting for it, exit 4, until
/// its deadline); then the engine's clock check (ledger still missing 2 h before the deadline, the deadline 4 h
/// away unapproved); then it sends what the outbox holds and writes the new audit events to the log. A fault in one round is logged and the next round tries
/// again: the scheduler is left running. Each decision is the engine's; this only keeps time.
/// </summary>
public sealed class SchedulerRounds(LedgerPollService ledgers, DeadlineWatch deadlines, NotificationSender sender, AuditLogMirror audit, Actor scheduler, TimeProvider clock, TimeSpan pollEvery, ILogger<SchedulerRounds> logger)
{
    public static readonly TimeSpan Round = TimeSpan.FromMinutes(1);

    private int _completed;

    /// <summary>How many rounds have ended: a test moving the clock waits for each before the next.</summary>
    public int Completed => Volatile.Read(ref _completed);

    /// <summary>Rounds until the token ends (the scheduler stopping), the first one at once.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset? polled = null;
        while (true)
        {
            var now = clock.GetUtcNow();
            if (polled is null || now - polled.Value >= pollEvery)
            {
                polled = now;
                await GuardedAsync("轮询同业台账 (ledger poll)", () => PollAsync(cancellationToken), cancellationToken);
            }

            await GuardedAsync("检查报送时限 (deadline check)", () => deadlines.CheckAsync(scheduler, cancellationToken), cancellationToken);
            await sender.SendBeforeExitAsync(cancellationToken);
            await audit.MirrorAsync(cancellationToken);
            Interlocked.Increment(ref _completed);
            await Task.Delay(Round, clock, cancellationToken);
        }
    }

    private async Task PollAsync(CancellationToken cancellationToken)
    {
        foreach (var outcome in await ledgers.RunArrivedAsync(scheduler, cancellationToken))
        {
            logger.ScheduledRunOutcome(outcome.Run.RunId, outcome.Run.Period.ToString(), outcome.Run.Batch, RunStateNames.Of(outcome.Run.State));
        }
    }

    private async Task GuardedAsync(string what, Func<Task> round, CancellationToken cancellationToken)
    {
        try
        {
            await round();
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A refusal (the configuration cannot run) or a fault (the store unreachable): said in the log, tried again next round.
            logger.SchedulerRoundFailed(what, e is RefusalException ? e.Message : e.GetType().Name + ": " + e.Message);
        }
    }
}
