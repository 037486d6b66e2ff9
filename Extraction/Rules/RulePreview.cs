using RiskReporting.Core.Reports;
using RiskReporting.Core.Snapshots;

namespace RiskReporting.Extraction.Rules;

/// <summary>What a candidate rule set would change in a part, compared with the rules in force: record keys added, removed and changed.</summary>
public sealed record RulePreview(string Part, IReadOnlyList<string> Added, IReadOnlyList<string> Removed, IReadOnlyList<(string Key, IReadOnlyList<string> Fields)> Changed)
{
    public static IReadOnlyList<RulePreview> Compare(PeriodSnapshot active, PeriodSnapshot candidate) =>
        [.. ReportParts.All.Select(part => Compare(part, active[part.Code], candidate[part.Code]))];

    private static RulePreview Compare(PartDefinition part, IEnumerable<ReportRecord> before, IEnumerable<ReportRecord> after)
    {
        var (added, removed, changed) = (new List<string>(), new List<string>(), new List<(string, IReadOnlyList<string>)>());
        foreach (var (old, now) in RecordJoin.ByKey(before, after))
        {
            if (old is null)
            {
                added.Add(now!.Key);
            }
            else if (now is null)
            {
                removed.Add(old.Key);
            }
            else if (part.Fields.Where((_, i) => now.Values[i] != old.Values[i]).Select(f => f.Name).ToList() is { Count: > 0 } fields)
            {
                changed.Add((now.Key, fields));
            }
        }

        return new RulePreview(part.Code, [.. added.Order(StringComparer.Ordinal)], [.. removed.Order(StringComparer.Ordinal)], [.. changed.OrderBy(c => c.Item1, StringComparer.Ordinal)]);
    }
}
