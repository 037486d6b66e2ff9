using RiskReporting.Core.Reports;
using RiskReporting.Core.Snapshots;

namespace RiskReporting.Extraction.Rules;

/// <summary>What a candidate rule set would change in a part, compared with the rules in force: record keys added, removed and changed.</summary>
public sealed record RulePreview(string Part, IReadOnlyList<string> Added, IReadOnlyList<string> Removed, IReadOnlyList<(string Key, IReadOnlyList<string> Fields)> Changed)
{
    public static IReadOnlyList<RulePreview> Compare(PeriodSnapshot active, PeriodSnapshot candidate) =>
        [.. ReportParts.All.Select(part => Compare(part, active[part.Code], candidate[part.Code]))];

    private static RulePreview Compare(PartDefinition part, IReadOnlyList<ReportRecord> before, IReadOnlyList<ReportRecord> after)
    {
        var old = before.GroupBy(r => r.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var now = after.GroupBy(r => r.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var changed = new List<(string, IReadOnlyList<string>)>();
        foreach (var (key, record) in now)
        {
            if (old.TryGetValue(key, out var previous))
            {
                var fields = part.Fields.Where((_, i) => record.Values[i] != previous.Values[i]).Select(f => f.Name).ToList();
                if (fields.Count > 0)
                {
                    changed.Add((key, fields));
                }
            }
        }

        return new RulePreview(part.Code,
            [.. now.Keys.Where(k => !old.ContainsKey(k)).Order(StringComparer.Ordinal)],
            [.. old.Keys.Where(k => !now.ContainsKey(k)).Order(StringComparer.Ordinal)],
            [.. changed.OrderBy(c => c.Item1, StringComparer.Ordinal)]);
    }
}
