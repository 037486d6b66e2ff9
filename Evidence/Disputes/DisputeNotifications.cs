using System.Globalization;
using RiskReporting.Core.Periods;
using RiskReporting.Core.State;

namespace RiskReporting.Evidence.Disputes;

/// <summary>
/// What the dispute desk tells a branch (issue #17), through Notifications:Branches:{code}: items assigned to it,
/// due tomorrow, overdue, or returned by credit management. Items assigned to the head office because no branch
/// was found go to the operators too. Subjects start with [CRRS] and the period; bodies hold the notice, counts,
/// dispute ids and dates, never a customer's name.
/// </summary>
public static class DisputeNotifications
{
    public const string Assigned = "dispute.assigned";

    public const string DueTomorrow = "dispute.due-tomorrow";

    public const string Overdue = "dispute.overdue";

    public const string Returned = "dispute.returned";

    /// <summary>One notification per branch for the items of a notice in one of these events.</summary>
    public static IEnumerable<NewNotification> For(string eventName, ReportingPeriod period, IEnumerable<DisputeItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        foreach (var branch in items.GroupBy(i => (i.Notice, i.BranchCode)).OrderBy(g => g.Key.BranchCode, StringComparer.Ordinal))
        {
            var list = branch.ToList();
            var audience = "branch:" + branch.Key.BranchCode + (list.Any(i => i.Unassigned) ? ",operators" : string.Empty);
            var due = list.Min(i => i.BranchDue).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var what = eventName switch
            {
                Assigned => "争议项已分配 dispute items ASSIGNED",
                DueTomorrow => "争议项明日到期 dispute items DUE TOMORROW",
                Overdue => "争议项已逾期 dispute items OVERDUE",
                _ => "争议项被退回 dispute items RETURNED",
            };
            var ids = string.Join(", ", list.Select(i => i.DisputeId).Take(50)) + (list.Count > 50 ? $" … 另有 {list.Count - 50} 项 (more)" : string.Empty);
            var body = string.Join('\n',
                $"期间 period: {period}",
                $"通知 notice: {branch.Key.Notice}",
                $"机构 branch: {branch.Key.BranchCode}",
                $"争议项 items: {list.Count.ToString(CultureInfo.InvariantCulture)} ({ids})",
                $"机构答复截止 branch due: {due}",
                $"处理: riskreport disputes list --notice {branch.Key.Notice}");
            yield return new NewNotification(period.ToString(), eventName, audience,
                $"[CRRS] {period} {what}（机构 {branch.Key.BranchCode}，{list.Count.ToString(CultureInfo.InvariantCulture)} 项，截止 {due}）", body);
        }
    }
}
