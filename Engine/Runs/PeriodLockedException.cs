namespace RiskReporting.Engine.Runs;

/// <summary>Another run holds the period; this one did nothing.</summary>
public sealed class PeriodLockedException(string period, string holder, DateTimeOffset leaseUntil)
    : Exception($"{period} is being run by {holder} (lease until {leaseUntil:yyyy-MM-dd HH:mm:ss} UTC); try again when it has finished.")
{
    public string Holder => holder;
}
