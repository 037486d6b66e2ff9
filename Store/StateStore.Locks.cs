using RiskReporting.Core.Periods;
using RiskReporting.Core.State;

namespace RiskReporting.Store;

public abstract partial class StateStore
{
    /// <summary>
    /// Takes the period's lock when it is free, its lease has run out, or the caller already holds it. One
    /// statement (insert, or update only under those conditions), so two processes cannot both win.
    /// </summary>
    public async Task<PeriodLock> TryLockPeriodAsync(ReportingPeriod period, string holder, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var now = Clock.GetUtcNow();
        if (await ChangeAsync(connection, null, Sql("locks.take"), cancellationToken, ("p", period.ToString()), ("h", holder), ("now", Format(now)), ("until", Format(now + lease))) == 1)
        {
            return new PeriodLock(true, holder, now + lease);
        }

        var held = await QueryAsync(connection, null, "SELECT holder, lease_until FROM period_locks WHERE period = @p",
            r => new PeriodLock(false, r.GetString(0), r.Time(1)), cancellationToken, ("p", period.ToString()));
        return held is [var other] ? other : new PeriodLock(false, string.Empty, now);
    }

    /// <summary>Takes over a lock whose holder is known to be dead (same host, process gone), provided it is still that holder's.</summary>
    public async Task<bool> BreakPeriodLockAsync(ReportingPeriod period, string deadHolder, CancellationToken cancellationToken = default) =>
        await ChangeAsync("DELETE FROM period_locks WHERE period = @p AND holder = @h", cancellationToken, ("p", period.ToString()), ("h", deadHolder)) == 1;

    public async Task ReleasePeriodLockAsync(ReportingPeriod period, string holder, CancellationToken cancellationToken = default) =>
        await ExecuteAsync("DELETE FROM period_locks WHERE period = @p AND holder = @h", cancellationToken, ("p", period.ToString()), ("h", holder));
}
