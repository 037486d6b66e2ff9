namespace RiskReporting.Engine.Runs;

/// <summary>Another run holds the period; this one did nothing.</summary>
public sealed class PeriodLockedException(string period, string holder, DateTimeOffset leaseUntil)
    : Exception($"{period} 正由 {holder} 运行 (being run)，租约至 {leaseUntil.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm:ss}（北京时间）；请待其结束后再试。")
{
    public string Holder => holder;
}
