using System.Data.Common;
using System.Globalization;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Runs;
using RiskReporting.Core.State;

namespace RiskReporting.Store;

public abstract partial class StateStore
{
    private const string RunColumns = "run_id, period, batch, state, started_by, created_at, updated_at, failure, ruleset_version, package_name, package_sha256";

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
        await ExecuteAsync(connection, transaction,
            $"INSERT INTO runs ({RunColumns}) VALUES (@id, @p, @b, @s, @u, @c, @c, NULL, NULL, NULL, NULL)",
            cancellationToken, ("id", run.RunId), ("p", period.ToString()), ("b", batch), ("s", run.State.ToString()), ("u", user), ("c", Format(now)));
        await InsertAuditAsync(connection, transaction, new AuditEntry(now, user, "run.start", $"period:{period}",
            replaced is null ? $"batch {batch:D2}" : $"batch {batch:D2} replaces unpublished run {replaced.RunId}"), cancellationToken);
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
        await ExecuteAsync(connection, transaction,
            $"INSERT INTO runs ({RunColumns}) VALUES (@id, @p, @b, @s, @u, @c, @c, NULL, NULL, NULL, NULL)",
            cancellationToken, ("id", run.RunId), ("p", period.ToString()), ("b", run.Batch), ("s", run.State.ToString()), ("u", user), ("c", Format(now)));
        await ExecuteAsync(connection, transaction, "INSERT INTO corrections (run_id, previous_batch, reason) VALUES (@id, @b, @r)",
            cancellationToken, ("id", run.RunId), ("b", published.Batch), ("r", reason));
        await InsertAuditAsync(connection, transaction, new AuditEntry(now, user, "run.correct", $"period:{period}", $"batch {run.Batch:D2} corrects {published.Batch:D2}: {reason}"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return run;
    }

    public async Task<(int PreviousBatch, string Reason)?> CorrectionOfAsync(string runId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT previous_batch, reason FROM corrections WHERE run_id = @id", ("id", runId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture), reader.GetString(1)) : null;
    }

    public async Task DeleteRunAsync(string runId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await DeleteRunAsync(connection, transaction, runId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task DeleteRunAsync(DbConnection connection, DbTransaction transaction, string runId, CancellationToken cancellationToken)
    {
        foreach (var table in new[] { "snapshot_records", "source_fingerprints", "snapshot_branches", "snapshot_managers", "snapshot_facts", "findings", "run_overrides", "corrections", "runs" })
        {
            await ExecuteAsync(connection, transaction, $"DELETE FROM {table} WHERE run_id = @id", cancellationToken, ("id", runId));
        }
    }

    public async Task PublishAsync(RunRecord run, string approvedBy, string outboxPath, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var now = Clock.GetUtcNow();
        await ExecuteAsync(connection, transaction, "INSERT INTO approvals (run_id, approved_by, approved_at, outbox_path) VALUES (@id, @b, @a, @o)",
            cancellationToken, ("id", run.RunId), ("b", approvedBy), ("a", Format(now)), ("o", outboxPath));
        await ExecuteAsync(connection, transaction, "UPDATE runs SET state = @s, updated_at = @t WHERE run_id = @id", cancellationToken,
            ("s", RunState.Published.ToString()), ("t", Format(now)), ("id", run.RunId));
        await InsertAuditAsync(connection, transaction, new AuditEntry(now, approvedBy, "run.approve", $"period:{run.Period}",
            $"batch {run.Batch:D2} {run.PackageName} sha256 {run.PackageSha256} published to {outboxPath}"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task UpdateRunAsync(RunRecord run, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null,
            "UPDATE runs SET state = @s, updated_at = @t, failure = @f, ruleset_version = @r, package_name = @n, package_sha256 = @h WHERE run_id = @id",
            cancellationToken, ("s", run.State.ToString()), ("t", Format(Clock.GetUtcNow())), ("f", run.Failure), ("r", run.RuleSetVersion),
            ("n", run.PackageName), ("h", run.PackageSha256), ("id", run.RunId));
    }

    public async Task<IReadOnlyList<RunRecord>> ListRunsAsync(ReportingPeriod? period, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return period is { } p
            ? await QueryRunsAsync(connection, null, "WHERE period = @p ORDER BY period, batch", cancellationToken, ("p", p.ToString()))
            : await QueryRunsAsync(connection, null, "ORDER BY period, batch", cancellationToken);
    }

    private static async Task<List<RunRecord>> QueryRunsAsync(DbConnection connection, DbTransaction? transaction, string where, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, $"SELECT {RunColumns} FROM runs {where}", parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var runs = new List<RunRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            runs.Add(new RunRecord(reader.GetString(0), ReportingPeriod.Parse(reader.GetString(1)), Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture),
                Enum.Parse<RunState>(reader.GetString(3)), reader.GetString(4), Parse(reader.GetString(5)), Parse(reader.GetString(6)),
                Text(7), Text(8), Text(9), Text(10)));
        }

        return runs;
    }
}
