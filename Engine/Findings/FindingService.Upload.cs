using RiskReporting.Core.Periods;
using RiskReporting.Core.State;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Runs;

namespace RiskReporting.Engine.Findings;

/// <summary>The bulk explanation: the findings file sent back with an explanation per row, checked whole, then applied in one transaction.</summary>
public sealed partial class FindingService
{
    /// <summary>
    /// Explains the latest batch's warnings from an uploaded findings.xlsx or CSV (<see cref="ExplanationSheet"/>): every row with an
    /// explanation must name a WARNING finding of the batch; one that names none, an ERROR finding, or the same finding twice refuses the
    /// whole file, naming the row and the column; nothing is stored unless every row is good. Warnings already explained stay as they are.
    /// </summary>
    public async Task<UploadResult> UploadExplanationsAsync(ReportingPeriod period, string fileName, byte[] content, Actor actor, CancellationToken cancellationToken = default)
    {
        Roles.RequireOperator(actor);
        var rows = ExplanationSheet.Read(fileName, content);
        if (rows.Count == 0)
        {
            throw ExplanationSheet.Refused($"{fileName} 没有填写「情况说明」的行。");
        }

        var run = await PeriodRuns.LatestAsync(store, period, cancellationToken);
        var byKey = (await store.LoadFindingsAsync(run.RunId, cancellationToken)).ToLookup(f => (f.Rule, f.Key));
        var seen = new Dictionary<(string, string), int>();
        var named = new List<(ExplanationRow Row, List<StoredFinding> Findings)>();
        foreach (var row in rows)
        {
            var findings = byKey[(row.Rule, row.Key)].ToList();
            if (findings.Count == 0)
            {
                throw ExplanationSheet.Refused($"{fileName} 第 {row.Row} 行「记录键」列：{period} 第 {run.Batch:D2} 批没有规则 {row.Rule}、记录键 {row.Key} 的校验结果。");
            }

            if (findings.Any(f => f.Severity == "ERROR"))
            {
                throw ExplanationSheet.Refused($"{fileName} 第 {row.Row} 行「规则代码」列：{row.Rule} 是 ERROR 规则，须在源数据中更正或补录，不能以说明代替。");
            }

            if (!seen.TryAdd((row.Rule, row.Key), row.Row))
            {
                throw ExplanationSheet.Refused($"{fileName} 第 {row.Row} 行：与第 {seen[(row.Rule, row.Key)]} 行说明的是同一条校验结果（{row.Rule} {row.Key}）。");
            }

            named.Add((row, findings));
        }

        var statuses = (await WarningStatus.OfAsync(store, run, named.SelectMany(n => n.Findings), cancellationToken)).ToLookup(w => (w.Finding.Rule, w.Finding.Key));
        var now = clock.GetUtcNow();
        var explanations = new List<Explanation>();
        var already = 0;
        foreach (var (row, _) in named)
        {
            var open = statuses[(row.Rule, row.Key)].Where(w => w.ExplainedBy is null).ToList();
            already += open.Count == 0 ? 1 : 0;
            explanations.AddRange(open.Select(w => new Explanation(Guid.NewGuid().ToString("N")[..12], period, row.Rule, row.Key, row.Text, row.CarryForward, w.Digest, actor.Name, now)));
        }

        await store.AddExplanationsAsync(explanations, cancellationToken);
        return new UploadResult(run, explanations.Count, already);
    }
}
