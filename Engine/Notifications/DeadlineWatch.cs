using Microsoft.Extensions.Logging;
using RiskReporting.Core.Runs;
using RiskReporting.Core.State;
using RiskReporting.Engine.Composition;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Runs;
using RiskReporting.Evidence.Disputes;

namespace RiskReporting.Engine.Notifications;

/// <summary>
/// The scheduler's clock check (issue #17): 2 hours before a period's deadline with its ledger still missing, and
/// 4 hours before it with no batch approved, the operators are told. Each is put in the outbox once per period
/// (checked and added in one transaction), however often the check runs and on however many nodes. The same check
/// tells each branch of its dispute items due tomorrow or overdue, once per period and branch.
/// </summary>
public sealed class DeadlineWatch(StatusService status, LedgerPollService ledgers, INotificationOutbox outbox, IDisputeStore disputes, EnginePaths paths, TimeProvider clock, ILogger<DeadlineWatch> logger)
{
    public static readonly TimeSpan LedgerWarning = TimeSpan.FromHours(2);

    public static readonly TimeSpan ApprovalWarning = TimeSpan.FromHours(4);

    /// <returns>How many notifications were added now.</returns>
    public async Task<int> CheckAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        Roles.RequireRunner(actor);
        var raised = new List<NewNotification>();
        foreach (var period in (await status.DeadlinesAsync(cancellationToken)).Where(s => s.TimeLeft > TimeSpan.Zero))
        {
            var latest = period.Latest;
            if (period.TimeLeft <= LedgerWarning && latest?.State is null or RunState.WaitingForLedger && !ledgers.Arrived(period.Period))
            {
                raised.Add(PeriodNotifications.LedgerStillMissing(period.Deadline, paths.InboxDirectory));
            }

            if (period.TimeLeft <= ApprovalWarning && period.FirstPublished is null && latest?.State is not (RunState.Approved or RunState.Published))
            {
                raised.Add(PeriodNotifications.DeadlineNear(period.Deadline, latest is null ? "没有运行 (no run)" : RunStateNames.Of(latest.State)));
            }
        }

        raised.AddRange(await DisputeDeadlinesAsync(cancellationToken));
        var added = 0;
        foreach (var notification in raised)
        {
            if (await outbox.EnqueueOnceAsync(notification, cancellationToken))
            {
                logger.DeadlineNotified(notification.Period, notification.Event);
                added++;
            }
        }

        return added;
    }

    /// <summary>The open dispute items (assigned, in progress, returned) whose branch due day is tomorrow or past, Shanghai.</summary>
    private async Task<IEnumerable<NewNotification>> DisputeDeadlinesAsync(CancellationToken cancellationToken)
    {
        var today = Core.Calendar.ReportingDeadline.ShanghaiDay(clock.GetUtcNow());
        var open = (await disputes.ListItemsAsync(null, null, null, cancellationToken))
            .Where(i => i.State is DisputeState.Assigned or DisputeState.InProgress or DisputeState.Returned).ToList();
        if (open.Count == 0)
        {
            return [];
        }

        var periods = (await disputes.ListNoticesAsync(cancellationToken)).ToDictionary(n => n.Name, n => n.Period, StringComparer.Ordinal);
        return open.GroupBy(i => i.Notice).Where(g => periods.ContainsKey(g.Key)).SelectMany(notice =>
            DisputeNotifications.For(DisputeNotifications.DueTomorrow, periods[notice.Key], notice.Where(i => i.BranchDue == today.AddDays(1)))
                .Concat(DisputeNotifications.For(DisputeNotifications.Overdue, periods[notice.Key], notice.Where(i => i.IsOverdue(today)))));
    }
}
