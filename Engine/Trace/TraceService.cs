using RiskReporting.Core.Periods;
using RiskReporting.Core.Reports;
using RiskReporting.Core.State;
using RiskReporting.Engine.Identity;

namespace RiskReporting.Engine.Trace;

/// <summary>`trace`: a record of a batch's stored snapshot and where it came from.</summary>
public sealed class TraceService(IStateStore store)
{
    /// <param name="batch">The batch; null for the latest run of the period.</param>
    public async Task<TraceResult> TraceAsync(ReportingPeriod period, string part, string key, int? batch, Actor actor, CancellationToken cancellationToken = default)
    {
        Roles.RequireRecordReader(actor);
        var definition = ReportParts.All.FirstOrDefault(p => p.Code == part)
            ?? throw new RefusalException(RefusalCode.InvalidInput, $"--part 须为以下之一：{string.Join(", ", ReportParts.All.Select(p => p.Code))}。");
        var runs = await store.ListRunsAsync(period, cancellationToken);
        var run = (batch is { } b ? runs.Where(r => r.Batch == b) : runs).MaxBy(r => r.Batch)
            ?? throw new RefusalException(RefusalCode.NotFound, $"没有 {period}{(batch is { } n ? $" 第 {n:D2} 批" : string.Empty)} 的运行 (no run is held)：请先运行。");
        var notFound = new RefusalException(RefusalCode.NotFound, $"{period} 第 {run.Batch:D2} 批的 {definition.Code} 中没有记录键为 '{key}' 的记录 (no such record)。");
        var record = await store.FindRecordAsync(run.RunId, definition.Code, key, cancellationToken) ?? throw notFound;

        // A branch user traces the records its branch must act on (those with a finding of its branch); any other is "not found", as a missing one.
        if (actor.BranchCode is { } branch && !(await store.LoadFindingsAsync(run.RunId, cancellationToken)).Any(f => f.Part == record.Part && f.Key == record.Key && f.Branch == branch))
        {
            throw notFound;
        }

        var overrides = (await store.OverridesForAsync(period, cancellationToken)).Where(o => o.Part == record.Part && o.Key == record.Key)
            .Select(o => PersonalData.Shown(actor, o)).ToList();
        var values = record.Values.Select((v, i) => PersonalData.Shown(actor, definition.Fields[i].Name, v)).ToList();
        var sources = record.Values.Zip(values).Where(p => p.First != p.Second && p.First.Length > 0)
            .Aggregate(record.Sources, (text, p) => text.Replace(p.First, p.Second, StringComparison.Ordinal));
        var shown = record with { Values = values, Key = PersonalData.ShownKey(actor, definition.Code, record.Key), Sources = sources };
        return new TraceResult(run, definition, shown, overrides);
    }
}
