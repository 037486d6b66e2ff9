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
        await using (var take = Command(connection, null,
            "INSERT INTO period_locks (period, holder, acquired_at, lease_until) VALUES (@p, @h, @now, @until) " +
            "ON CONFLICT (period) DO UPDATE SET holder = excluded.holder, acquired_at = excluded.acquired_at, lease_until = excluded.lease_until " +
            "WHERE period_locks.lease_until < @now OR period_locks.holder = @h",
            ("p", period.ToString()), ("h", holder), ("now", Format(now)), ("until", Format(now + lease))))
        {
            if (await take.ExecuteNonQueryAsync(cancellationToken) == 1)
            {
                return new PeriodLock(true, holder, now + lease);
            }
        }

        await using var read = Command(connection, null, "SELECT holder, lease_until FROM period_locks WHERE period = @p", ("p", period.ToString()));
        await using var reader = await read.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new PeriodLock(false, reader.GetString(0), Parse(reader.GetString(1)))
            : new PeriodLock(false, string.Empty, now);
    }

    /// <summary>Takes over a lock whose holder is known to be dead (same host, process gone), provided it is still that holder's.</summary>
    public async Task<bool> BreakPeriodLockAsync(ReportingPeriod period, string deadHolder, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "DELETE FROM period_locks WHERE period = @p AND holder = @h", ("p", period.ToString()), ("h", deadHolder));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task ReleasePeriodLockAsync(ReportingPeriod period, string holder, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, "DELETE FROM period_locks WHERE period = @p AND holder = @h", cancellationToken, ("p", period.ToString()), ("h", holder));
    }
}
