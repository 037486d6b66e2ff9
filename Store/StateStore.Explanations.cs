using System.Data.Common;
using RiskReporting.Core.Periods;
using RiskReporting.Core.State;

namespace RiskReporting.Store;

public abstract partial class StateStore
{
    public Task AddExplanationAsync(Explanation explanation, CancellationToken cancellationToken = default) => AddExplanationsAsync([explanation], cancellationToken);

    public async Task AddExplanationsAsync(IReadOnlyList<Explanation> explanations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(explanations);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var explanation in explanations)
        {
            await InsertExplanationAsync(connection, transaction, explanation, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private async Task InsertExplanationAsync(DbConnection connection, DbTransaction transaction, Explanation explanation, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, transaction, Sql("explanations.insert"),
            cancellationToken, ("id", explanation.Id), ("p", explanation.Period.ToString()), ("r", explanation.Rule), ("k", explanation.Key), ("t", explanation.Text),
            ("c", explanation.CarryForward ? 1 : 0), ("d", explanation.ValuesDigest), ("b", explanation.By), ("a", Format(explanation.At)));
        await InsertAuditAsync(connection, transaction, new AuditEntry(explanation.At, explanation.By, "finding.explain", $"period:{explanation.Period}",
            $"{explanation.Rule} {explanation.Key}{(explanation.CarryForward ? "，沿用 (carry forward)" : string.Empty)}"), cancellationToken);
    }

    public async Task<IReadOnlyList<Explanation>> ExplanationsForAsync(ReportingPeriod period, CancellationToken cancellationToken = default) =>
        await QueryAsync(
            Sql("explanations.for-period"),
            r => new Explanation(r.GetString(0), ReportingPeriod.Parse(r.GetString(1)), r.GetString(2), r.GetString(3), r.GetString(4), r.Flag(5), r.GetString(6), r.GetString(7), r.Time(8)),
            cancellationToken,
            ("p", period.ToString()));

    public async Task AddOverrideAsync(Override adjustment, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await InsertOverrideAsync(connection, transaction, adjustment, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Inserts an override with its audit line inside the caller's transaction (an approved dispute answer adds one with its state change).</summary>
    private async Task InsertOverrideAsync(DbConnection connection, DbTransaction transaction, Override adjustment, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, transaction, Sql("overrides.insert"),
            cancellationToken, ("id", adjustment.Id), ("p", adjustment.Period.ToString()), ("part", adjustment.Part), ("k", adjustment.Key), ("f", adjustment.Field),
            ("v", adjustment.Value), ("r", adjustment.Reason), ("b", adjustment.By), ("a", Format(adjustment.At)));
        await InsertAuditAsync(connection, transaction, new AuditEntry(adjustment.At, adjustment.By, "override.add", $"period:{adjustment.Period}",
            $"{adjustment.Id} {adjustment.Part} {adjustment.Key} {adjustment.Field}：{adjustment.Reason}"), cancellationToken);
    }

    public async Task<ReportingPeriod?> RemoveOverrideAsync(string id, string by, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var now = Clock.GetUtcNow();
        if (await ScalarAsync(connection, transaction, Sql("overrides.remove"), cancellationToken, ("b", by), ("a", Format(now)), ("id", id)) is not string period)
        {
            return null;
        }

        await InsertAuditAsync(connection, transaction, new AuditEntry(now, by, "override.remove", "override:" + id, "已移除 (removed)"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ReportingPeriod.Parse(period);
    }

    public async Task<IReadOnlyList<Override>> OverridesForAsync(ReportingPeriod period, CancellationToken cancellationToken = default) =>
        await QueryAsync(Sql("overrides.for-period"), ReadOverride, cancellationToken, ("p", period.ToString()));

    public async Task SaveAppliedOverridesAsync(string runId, IEnumerable<string> overrideIds, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, "DELETE FROM run_overrides WHERE run_id = @id", cancellationToken, ("id", runId));
        foreach (var id in overrideIds)
        {
            await ExecuteAsync(connection, transaction, "INSERT INTO run_overrides (run_id, override_id) VALUES (@r, @o)", cancellationToken, ("r", runId), ("o", id));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Override>> AppliedOverridesAsync(string runId, CancellationToken cancellationToken = default) =>
        await QueryAsync(Sql("overrides.applied"), ReadOverride, cancellationToken, ("id", runId));

    private static Override ReadOverride(DbDataReader r) =>
        new(r.GetString(0), ReportingPeriod.Parse(r.GetString(1)), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7),
            r.Time(8), r.Text(9), r.NullableTime(10));
}
