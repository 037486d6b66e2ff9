using System.Data.Common;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Runs;
using RiskReporting.Core.State;

namespace RiskReporting.Store;

public abstract partial class StateStore
{
    public async Task<RunRecord?> StartRunAsync(ReportingPeriod period, string user, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var runs = await QueryRunsAsync(connection, transaction, "WHERE period = @p", cancellationToken, ("p", period.ToString()));
        if (runs.Any(r => r.State == RunState.Published))
        {
            return null;
        }

        var replaced = runs.Where(r => r.State != RunState.Published).MaxBy(r => r.Batch);
        var batch = replaced?.Batch ?? 1;
        if (replaced is not null)
        {
            await DeleteRunAsync(connection, transaction, replaced.RunId, cancellationToken);
        }

        var now = Clock.GetUtcNow();
        var run = new RunRecord(Guid.NewGuid().ToString("N"), period, batch, RunState.Created, user, now, now, null, null, null, null);
        await InsertRunAsync(connection, transaction, run, cancellationToken);
        await InsertAuditAsync(connection, transaction, new AuditEntry(now, user, "run.start", $"period:{period}",
            replaced is null ? $"第 {batch:D2} 批" : $"第 {batch:D2} 批，替换未报送的运行 (replaces unpublished run) {replaced.RunId}"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return run;
    }

    public async Task<RunRecord?> StartCorrectionAsync(ReportingPeriod period, string user, string reason, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var runs = await QueryRunsAsync(connection, transaction, "WHERE period = @p", cancellationToken, ("p", period.ToString()));
        var published = runs.Where(r => r.State == RunState.Published).MaxBy(r => r.Batch);
        if (published is null)
        {
            return null;
        }

        foreach (var pending in runs.Where(r => r.Batch > published.Batch))
        {
            await DeleteRunAsync(connection, transaction, pending.RunId, cancellationToken);
        }

        var now = Clock.GetUtcNow();
        var run = new RunRecord(Guid.NewGuid().ToString("N"), period, published.Batch + 1, RunState.Created, user, now, now, null, null, null, null);
        await InsertRunAsync(connection, transaction, run, cancellationToken);
        await ExecuteAsync(connection, transaction, "INSERT INTO corrections (run_id, previous_batch, reason) VALUES (@id, @b, @r)",
            cancellationToken, ("id", run.RunId), ("b", published.Batch), ("r", reason));
        await InsertAuditAsync(connection, transaction, new AuditEntry(now, user, "run.correct", $"period:{period}", $"第 {run.Batch:D2} 批订正 (corrects) 第 {published.Batch:D2} 批：{reason}"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return run;
    }

    public async Task<(int PreviousBatch, string Reason)?> CorrectionOfAsync(string runId, CancellationToken cancellationToken = default) =>
        await QueryAsync("SELECT previous_batch, reason FROM corrections WHERE run_id = @id", r => (r.Int32(0), r.GetString(1)), cancellationToken, ("id", runId))
            is [var correction] ? correction : null;

    public async Task DeleteRunAsync(string runId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await DeleteRunAsync(connection, transaction, runId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task DeleteRunAsync(DbConnection connection, DbTransaction transaction, string runId, CancellationToken cancellationToken)
    {
        foreach (var table in new[] { "snapshot_records", "snapshot_chunks", "snapshot_parts", "source_fingerprints", "snapshot_branches", "snapshot_managers", "snapshot_facts", "findings", "run_overrides", "corrections", "batch_parameters", "statements", "runs" })
        {
            await ExecuteAsync(connection, transaction, $"DELETE FROM {table} WHERE run_id = @id", cancellationToken, ("id", runId));
        }
    }

    public async Task<string?> OutboxPathAsync(string runId, CancellationToken cancellationToken = default) =>
        await QueryAsync("SELECT outbox_path FROM approvals WHERE run_id = @id", r => r.GetString(0), cancellationToken, ("id", runId)) is [var path] ? path : null;

    public async Task SaveBatchParametersAsync(string runId, BatchParameters parameters, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, "DELETE FROM batch_parameters WHERE run_id = @id", cancellationToken, ("id", runId));
        await ExecuteAsync(connection, transaction, "INSERT INTO batch_parameters (run_id, org, large_exposure_threshold_wan) VALUES (@id, @o, @t)", cancellationToken,
            ("id", runId), ("o", parameters.Org), ("t", parameters.LargeExposureThresholdWan.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<BatchParameters?> BatchParametersAsync(string runId, CancellationToken cancellationToken = default) =>
        await QueryAsync("SELECT org, large_exposure_threshold_wan FROM batch_parameters WHERE run_id = @id",
            r => new BatchParameters(r.GetString(0), decimal.Parse(r.GetString(1), System.Globalization.CultureInfo.InvariantCulture)), cancellationToken, ("id", runId))
            is [var parameters] ? parameters : null;

    public async Task PublishAsync(RunRecord run, string approvedBy, string outboxPath, CancellationToken cancellationToken = default)
    {
        // The approval entry carries the digests of the batch's findings and of its package (issue #14).
        var findingsSm3 = await RecordedFindingsDigestAsync(run.RunId, cancellationToken);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var now = Clock.GetUtcNow();
        await ExecuteAsync(connection, transaction, "INSERT INTO approvals (run_id, approved_by, approved_at, outbox_path) VALUES (@id, @b, @a, @o)",
            cancellationToken, ("id", run.RunId), ("b", approvedBy), ("a", Format(now)), ("o", outboxPath));
        await ExecuteAsync(connection, transaction, "UPDATE runs SET state = @s, updated_at = @t WHERE run_id = @id", cancellationToken,
            ("s", RunState.Published.ToString()), ("t", Format(now)), ("id", run.RunId));
        await InsertAuditAsync(connection, transaction, new AuditEntry(now, approvedBy, "run.approve", $"period:{run.Period}",
            $"第 {run.Batch:D2} 批 {run.PackageName} sha256 {run.PackageSha256}，检查结果 (findings) sm3 {findingsSm3}，已报送至 (published to) {outboxPath}"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task UpdateRunAsync(RunRecord run, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await NotifyRunStateAsync(connection, transaction, run, cancellationToken);
        await ExecuteAsync(connection, transaction, Sql("runs.update"), cancellationToken, ("s", run.State.ToString()), ("t", Format(Clock.GetUtcNow())), ("f", run.Failure),
            ("r", run.RuleSetVersion), ("n", run.PackageName), ("h", run.PackageSha256), ("id", run.RunId));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<RunRecord>> ListRunsAsync(ReportingPeriod? period, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return period is { } p
            ? await QueryRunsAsync(connection, null, "WHERE period = @p ORDER BY period, batch", cancellationToken, ("p", p.ToString()))
            : await QueryRunsAsync(connection, null, "ORDER BY period, batch", cancellationToken);
    }

    private Task<List<RunRecord>> QueryRunsAsync(DbConnection connection, DbTransaction? transaction, string where, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        QueryAsync(connection, transaction, Sql("runs.select") + " " + where, ReadRun, cancellationToken, parameters);

    private static RunRecord ReadRun(DbDataReader r) =>
        new(r.GetString(0), ReportingPeriod.Parse(r.GetString(1)), r.Int32(2), Enum.Parse<RunState>(r.GetString(3)), r.GetString(4), r.Time(5), r.Time(6),
            r.Text(7), r.Text(8), r.Text(9), r.Text(10));

    private Task InsertRunAsync(DbConnection connection, DbTransaction transaction, RunRecord run, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, transaction, Sql("runs.insert"), cancellationToken,
            ("id", run.RunId), ("p", run.Period.ToString()), ("b", run.Batch), ("s", run.State.ToString()), ("u", run.StartedBy), ("c", Format(run.CreatedAt)));
}
