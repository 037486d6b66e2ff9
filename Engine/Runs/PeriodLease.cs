using System.Diagnostics;
using System.Globalization;
using RiskReporting.Core.Periods;
using RiskReporting.Core.State;

namespace RiskReporting.Engine.Runs;

/// <summary>
/// A period's run lock held for as long as the run lives: renewed every third of the lease, released at
/// the end. A holder that crashed loses the lock when its lease runs out; on the same host, a holder whose
/// process is gone loses it at once, so a run restarted after a kill does not wait out the lease.
/// </summary>
public sealed class PeriodLease : IAsyncDisposable
{
    private readonly IStateStore _store;
    private readonly ReportingPeriod _period;
    private readonly string _holder;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewal;

    private PeriodLease(IStateStore store, ReportingPeriod period, string holder, TimeSpan lease)
    {
        _store = store;
        _period = period;
        _holder = holder;
        _renewal = RenewAsync(lease);
    }

    public static async Task<PeriodLease> AcquireAsync(IStateStore store, ReportingPeriod period, TimeSpan lease, CancellationToken cancellationToken)
    {
        var holder = $"{Environment.MachineName}/{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}/{Guid.NewGuid().ToString("N")[..8]}";
        var taken = await store.TryLockPeriodAsync(period, holder, lease, cancellationToken);
        if (!taken.Acquired && IsDeadHere(taken.Holder) && await store.BreakPeriodLockAsync(period, taken.Holder, cancellationToken))
        {
            taken = await store.TryLockPeriodAsync(period, holder, lease, cancellationToken);
        }

        return taken.Acquired ? new PeriodLease(store, period, holder, lease) : throw new PeriodLockedException(period.ToString(), taken.Holder, taken.LeaseUntil);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _renewal;
        await _store.ReleasePeriodLockAsync(_period, _holder, CancellationToken.None);
        _stop.Dispose();
    }

    private async Task RenewAsync(TimeSpan lease)
    {
        try
        {
            while (true)
            {
                await Task.Delay(lease / 3, _stop.Token);
                await _store.TryLockPeriodAsync(_period, _holder, lease, _stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The run has ended.
        }
    }

    /// <summary>A holder "host/pid/…" on this host whose process no longer exists.</summary>
    private static bool IsDeadHere(string holder)
    {
        var parts = holder.Split('/');
        if (parts.Length != 3 || parts[0] != Environment.MachineName || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
        {
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
