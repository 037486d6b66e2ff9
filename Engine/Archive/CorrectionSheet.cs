using RiskReporting.Core.Reports;
using RiskReporting.Core.Runs;
using RiskReporting.Core.State;
using RiskReporting.Engine.Reports;

namespace RiskReporting.Engine.Archive;

/// <summary>
/// The 统计数字订正单 (客户信息统计制度 第11–12条) of a correction batch: every reported value that differs from the batch it
/// corrects (original and corrected value, record by part and key), with the reason, who started it, who approved it and when.
/// </summary>
internal static class CorrectionSheet
{
    public const string Heading = "订正明细";

    public static async Task<ReportSection> ChangesAsync(IStateStore store, RunRecord original, RunRecord correction, CancellationToken cancellationToken)
    {
        string[] parts = [.. ReportParts.All.Select(p => p.Code)];
        var before = await store.LoadRecordsAsync(original.RunId, parts, cancellationToken);
        var after = await store.LoadRecordsAsync(correction.RunId, parts, cancellationToken);
        var rows = new List<IReadOnlyList<string>>();
        foreach (var part in ReportParts.All)
        {
            var old = before[part.Code].ToDictionary(r => r.Key, StringComparer.Ordinal);
            var now = after[part.Code].ToDictionary(r => r.Key, StringComparer.Ordinal);
            foreach (var key in old.Keys.Union(now.Keys).Order(StringComparer.Ordinal))
            {
                rows.AddRange(Changes(part, key, old.GetValueOrDefault(key), now.GetValueOrDefault(key)));
            }
        }

        return new ReportSection(Heading, ["部分", "记录键", "字段", "原值", "订正值"], rows, rows.Count == 0 ? "无数值变化。" : null);
    }

    private static IEnumerable<IReadOnlyList<string>> Changes(PartDefinition part, string key, ReportRecord? old, ReportRecord? now)
    {
        if (old is null || now is null)
        {
            yield return [part.Code, key, old is null ? "（新增记录）" : "（删除记录）", old is null ? string.Empty : "存在", now is null ? string.Empty : "存在"];
            yield break;
        }

        for (var i = 0; i < part.Fields.Count; i++)
        {
            if (old.Values[i] != now.Values[i])
            {
                yield return [part.Code, key, part.Fields[i].Name, old.Values[i], now.Values[i]];
            }
        }
    }
}
