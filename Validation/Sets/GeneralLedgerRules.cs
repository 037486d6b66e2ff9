using System.Globalization;
using RiskReporting.Core.Snapshots;
using RiskReporting.Validation.Findings;

namespace RiskReporting.Validation.Sets;

/// <summary>
/// HN-001 … HN-004: per branch, the CNY yuan sum of all extracted items at D (every customer, in scope or
/// not) against gl_balance; a missing side counts 0; only a difference beyond the tolerance is a finding.
/// </summary>
public static class GeneralLedgerRules
{
    private static readonly (string Rule, string Subject)[] Subjects = [("HN-001", "1301"), ("HN-002", "1302"), ("HN-003", "1303"), ("HN-004", "7001")];

    public static IEnumerable<Hit> Check(PeriodSnapshot snapshot, decimal toleranceYuan)
    {
        var branches = snapshot.ItemTotalsCny.Keys.Concat(snapshot.GeneralLedgerCny.Keys).Select(k => k.Branch).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var branch in branches)
        {
            foreach (var (rule, subject) in Subjects)
            {
                var items = snapshot.ItemTotalsCny.GetValueOrDefault((branch, subject));
                var ledger = snapshot.GeneralLedgerCny.GetValueOrDefault((branch, subject));
                if (Math.Abs(items - ledger) > toleranceYuan)
                {
                    yield return new Hit(rule, "GL", branch, subject,
                        string.Create(CultureInfo.InvariantCulture, $"明细 {items:0.00} / 总账 {ledger:0.00}"), branch);
                }
            }
        }
    }
}
