using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using RiskReporting.Core.State;

namespace RiskReporting.Store;

/// <summary>Positions and approved destruction (issue #18, 第10条); each change and its audit entry in one transaction.</summary>
public abstract partial class StateStore : IRecordsStore
{
    /// <summary>The tables holding a run's stored records and findings: what a purge of its rows deletes (the run, its approval and statement stay, the register of what was filed).</summary>
    private static readonly string[] RecordTables = ["snapshot_records", "snapshot_chunks", "snapshot_parts", "source_fingerprints", "snapshot_branches", "snapshot_managers", "snapshot_facts", "findings"];

    public async Task SetPositionAsync(string name, string? position, string actor, CancellationToken cancellationToken = default) =>
        await ChangeAuditedAsync(
            "UPDATE users SET position = @p WHERE user_name = @n",
            [("p", position), ("n", name)],
            new AuditEntry(Clock.GetUtcNow(), actor, "user.position", "user:" + name, "position=" + (position ?? "无 (none)")),
            cancellationToken);

    public async Task<IReadOnlyDictionary<string, string>> PositionsAsync(CancellationToken cancellationToken = default) =>
        (await QueryAsync("SELECT user_name, position FROM users WHERE position IS NOT NULL", r => (r.GetString(0), r.GetString(1)), cancellationToken))
            .ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);

    public async Task<(long Rows, string Sha256)> RecordRowsDigestAsync(string runId, CancellationToken cancellationToken = default)
    {
        // Every column of every row as invariant text, sorted, so the digest does not depend on the provider's row order.
        var lines = new List<string>();
        foreach (var table in RecordTables)
        {
            lines.AddRange(await QueryAsync($"SELECT * FROM {table} WHERE run_id = @id", r => table + "|" + RowText(r), cancellationToken, ("id", runId)));
        }

        lines.Sort(StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var line in lines)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(line + "\n"));
        }

        return (lines.Count, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    public async Task SavePurgeRequestAsync(PurgeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, "INSERT INTO purge_requests (purge_id, requested_by, requested_at) VALUES (@id, @b, @t)", cancellationToken,
            ("id", request.PurgeId), ("b", request.RequestedBy), ("t", Format(request.RequestedAt)));
        var seq = 0;
        foreach (var item in request.Items)
        {
            await ExecuteAsync(connection, transaction, "INSERT INTO purge_items (purge_id, seq, kind, target, run_id, age_days, sha256) VALUES (@id, @s, @k, @t, @r, @a, @h)",
                cancellationToken, ("id", request.PurgeId), ("s", ++seq), ("k", item.Kind), ("t", item.Target), ("r", item.RunId), ("a", item.AgeDays), ("h", item.Sha256));
        }

        await InsertAuditAsync(connection, transaction, new AuditEntry(request.RequestedAt, request.RequestedBy, "purge.request", "purge:" + request.PurgeId,
            $"申请销毁 (purge requested) {request.Items.Count} 项：" + string.Join("；", request.Items.Select(i => $"{i.Kind} {i.Target} sha256 {i.Sha256}"))), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<PurgeRequest?> FindPurgeRequestAsync(string purgeId, CancellationToken cancellationToken = default)
    {
        var found = await QueryAsync("SELECT purge_id, requested_by, requested_at, executed_by, executed_at FROM purge_requests WHERE purge_id = @id",
            r => (Id: r.GetString(0), By: r.GetString(1), At: r.Time(2), ExecutedBy: r.Text(3), ExecutedAt: r.NullableTime(4)), cancellationToken, ("id", purgeId));
        if (found is not [var row])
        {
            return null;
        }

        var items = await QueryAsync("SELECT kind, target, run_id, age_days, sha256 FROM purge_items WHERE purge_id = @id ORDER BY seq",
            r => new PurgeItem(r.GetString(0), r.GetString(1), r.Text(2), r.Int32(3), r.GetString(4)), cancellationToken, ("id", purgeId));
        var approvals = await QueryAsync("SELECT step, position, approved_by, approved_at FROM purge_approvals WHERE purge_id = @id ORDER BY step",
            r => new PurgeApproval(r.Int32(0), r.GetString(1), r.GetString(2), r.Time(3)), cancellationToken, ("id", purgeId));
        return new PurgeRequest(row.Id, row.By, row.At, items, approvals, row.ExecutedBy, row.ExecutedAt);
    }

    public async Task<bool> AddPurgeApprovalAsync(string purgeId, PurgeApproval approval, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(approval);
        // The keys refuse a second approval of the step and a second step by the same user, even between two processes.
        return await ChangeAuditedAsync(
            "INSERT INTO purge_approvals (purge_id, step, position, approved_by, approved_at) SELECT CAST(@id AS TEXT), CAST(@s AS INTEGER), CAST(@p AS TEXT), CAST(@b AS TEXT), CAST(@t AS TEXT) "
            + "WHERE NOT EXISTS (SELECT 1 FROM purge_approvals WHERE purge_id = @id AND (step = @s OR approved_by = @b))",
            [("id", purgeId), ("s", approval.Step), ("p", approval.Position), ("b", approval.By), ("t", Format(approval.At))],
            new AuditEntry(approval.At, approval.By, "purge.approve", "purge:" + purgeId, $"第 {approval.Step.ToString(CultureInfo.InvariantCulture)} 步 (step) {approval.Position}"),
            cancellationToken) == 1;
    }

    public async Task<bool> ExecutePurgeAsync(string purgeId, string actor, string auditDetail, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var now = Clock.GetUtcNow();
        if (await ChangeAsync(connection, transaction, "UPDATE purge_requests SET executed_by = @b, executed_at = @t WHERE purge_id = @id AND executed_at IS NULL",
                cancellationToken, ("b", actor), ("t", Format(now)), ("id", purgeId)) != 1)
        {
            return false;
        }

        var runs = await QueryAsync(connection, transaction, "SELECT run_id FROM purge_items WHERE purge_id = @id AND run_id IS NOT NULL", r => r.GetString(0), cancellationToken, ("id", purgeId));
        foreach (var runId in runs)
        {
            foreach (var table in RecordTables)
            {
                await ExecuteAsync(connection, transaction, $"DELETE FROM {table} WHERE run_id = @id", cancellationToken, ("id", runId));
            }
        }

        await InsertAuditAsync(connection, transaction, new AuditEntry(now, actor, "purge.execute", "purge:" + purgeId, auditDetail), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static string RowText(DbDataReader reader)
    {
        var fields = new string[reader.FieldCount];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = reader.IsDBNull(i) ? "\u2400" : reader.GetValue(i) switch
            {
                byte[] bytes => Convert.ToHexString(bytes),
                var value => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
            };
        }

        return string.Join("|", fields);
    }
}
