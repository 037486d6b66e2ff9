namespace RiskReporting.Core.State;

/// <summary>One run at a time per period, across processes and nodes.</summary>
public interface ILockStore
{
    /// <summary>Takes the period's run lock for <paramref name="lease"/> (renewed by calling again); otherwise says who holds it until when.</summary>
    Task<PeriodLock> TryLockPeriodAsync(Periods.ReportingPeriod period, string holder, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>Removes the lock of a holder known to be dead, if it still holds it.</summary>
    Task<bool> BreakPeriodLockAsync(Periods.ReportingPeriod period, string deadHolder, CancellationToken cancellationToken = default);

    Task ReleasePeriodLockAsync(Periods.ReportingPeriod period, string holder, CancellationToken cancellationToken = default);
}
