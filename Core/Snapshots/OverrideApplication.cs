using RiskReporting.Core.Reports;
using RiskReporting.Core.State;

namespace RiskReporting.Core.Snapshots;

/// <summary>
/// Applies a period's active overrides on top of the extracted records, so that the adjusted value is
/// validated and reported like any other. The stored snapshot stays as extracted; a correction or a
/// verification applies the same overrides again. An override whose record is no longer extracted is
/// reported back, not silently dropped. Overrides never touch key fields, so the order stays the report order.
/// Every value report-tables.md derives from an overridden field is derived again as extraction derives it:
/// the record's own derived fields (<see cref="DerivedFields.Rederive"/>) and the B1P1/B1P2 balances that sum
/// an overridden detail amount (<see cref="OverrideEffects"/>). An override <see cref="OverrideRules"/> refuses
/// (one stored before the rule existed) is never applied and is reported back with the unmatched ones.
/// </summary>
public static class OverrideApplication
{
    public static (PeriodSnapshot Reported, IReadOnlyList<Override> Applied, IReadOnlyList<Override> Unmatched) Apply(PeriodSnapshot snapshot, IEnumerable<Override> overrides)
    {
        var (records, applied, unmatched) = Apply(snapshot.Records, overrides);
        return (snapshot with { Records = records }, applied, unmatched);
    }

    /// <summary>Only the parts an override touches are read here (once, to see which keys exist); they are adjusted again each time they are read.</summary>
    public static (ReportRecords Records, IReadOnlyList<Override> Applied, IReadOnlyList<Override> Unmatched) Apply(ReportRecords extracted, IEnumerable<Override> overrides)
    {
        var active = overrides.Where(o => o.Active).ToList();
        var accepted = active.Where(o => OverrideRules.Refusal(ReportParts.ByCode(o.Part), o.Key, o.Field, o.Value) is null).ToList();
        var changes = new Dictionary<string, Dictionary<string, RecordChange>>(StringComparer.Ordinal);
        var found = new HashSet<(string Part, string Key)>();
        foreach (var part in accepted.GroupBy(o => o.Part, StringComparer.Ordinal))
        {
            var byKey = part.GroupBy(o => o.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            foreach (var record in extracted[part.Key].Where(r => byKey.ContainsKey(r.Key)))
            {
                found.Add((part.Key, record.Key));
                Change(changes, part.Key, record.Key).Sets.AddRange(byKey[record.Key]);
            }
        }

        OverrideEffects.AddLineBalanceDeltas(extracted, changes);
        var result = extracted;
        foreach (var (part, byKey) in changes)
        {
            result = result.With(part, new AdjustedPart(extracted[part], byKey));
        }

        return (result, [.. accepted.Where(o => found.Contains((o.Part, o.Key)))], [.. active.Where(o => !found.Contains((o.Part, o.Key)))]);
    }

    internal static RecordChange Change(Dictionary<string, Dictionary<string, RecordChange>> changes, string part, string key)
    {
        if (!changes.TryGetValue(part, out var byKey))
        {
            changes[part] = byKey = new Dictionary<string, RecordChange>(StringComparer.Ordinal);
        }

        if (!byKey.TryGetValue(key, out var change))
        {
            byKey[key] = change = new RecordChange();
        }

        return change;
    }
}
