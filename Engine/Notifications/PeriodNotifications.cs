using System.Globalization;
using RiskReporting.Core.Calendar;
using RiskReporting.Core.Periods;
using RiskReporting.Core.State;

namespace RiskReporting.Engine.Notifications;

/// <summary>
/// The notifications the engine raises besides a run's FAILED and BLOCKED (those are <see cref="RunNotifications"/>).
/// The subject starts with [CRRS] and the period (YYYYMM), then the event in Chinese with its English term;
/// the body holds codes, counts and times only, never a person's name or ID number.
/// </summary>
public static class PeriodNotifications
{
    public const string LedgerMissing = "ledger.missing";

    public const string DeadlineUnapproved = "deadline.unapproved";

    public const string AuditVerifyFailed = "audit.verify-failed";

    /// <summary>The ledger has not arrived 2 hours before the deadline: the operators and IT operations.</summary>
    public static NewNotification LedgerStillMissing(ReportingDeadline deadline, string inbox)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        var period = deadline.Period.ToString();
        return new NewNotification(period, LedgerMissing, "operators,role:itops",
            $"[CRRS] {period} 同业台账仍未到达 ledger MISSING（截止 {Shanghai(deadline.DueAt)}）",
            Body(deadline.Period, $"同业台账 TYYWTZ_{period}.csv（或 .xlsx）尚未到达 {inbox}", $"截止 deadline: {Shanghai(deadline.DueAt)}"));
    }

    /// <summary>The deadline is 4 hours away and no batch of the period is approved: the operators.</summary>
    public static NewNotification DeadlineNear(ReportingDeadline deadline, string state)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        var period = deadline.Period.ToString();
        return new NewNotification(period, DeadlineUnapproved, "operators",
            $"[CRRS] {period} 距报送截止不足4小时，尚未审批 deadline NEAR, not approved（截止 {Shanghai(deadline.DueAt)}）",
            Body(deadline.Period, $"当前状态 state: {state}", $"截止 deadline: {Shanghai(deadline.DueAt)}"));
    }

    /// <summary>`audit verify` found the chain broken: auditors and IT operations. The period is the one being reported now.</summary>
    public static NewNotification AuditChainBroken(ReportingPeriod period, string problem, DateTimeOffset at)
    {
        return new NewNotification(period.ToString(), AuditVerifyFailed, "role:auditor,role:itops",
            $"[CRRS] {period} 审计链校验失败 audit verify FAILED",
            string.Join('\n', $"期间 period: {period}", $"时间 time: {Shanghai(at)}", $"原因 reason: {problem}", "复核: riskreport audit verify"));
    }

    private static string Body(ReportingPeriod period, string what, string when) =>
        string.Join('\n', $"期间 period: {period}", what, when, $"详情见 riskreport status --period {period}");

    internal static string Shanghai(DateTimeOffset instant) =>
        instant.ToOffset(ReportingDeadline.ShanghaiOffset).ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);
}
