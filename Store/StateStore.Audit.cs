using System.Data.Common;
using RiskReporting.Core.State;

namespace RiskReporting.Store;

/// <summary>
/// The audit trail as an SM3 hash chain (<see cref="AuditChain"/>). Every entry is appended through
/// <see cref="InsertAuditAsync"/>, inside the transaction of the change it records; the head row is updated
/// first, which takes SQLite's write lock or PostgreSQL's row lock, so two writers never link to one head.
/// </summary>
public abstract partial class StateStore
{
    private const string FindingsAction = "run.findings";

    public async Task<IReadOnlyList<ChainedAuditEntry>> ListChainAsync(CancellationToken cancellationToken = default) =>
        await QueryAsync(Sql("audit.chain"), r => new ChainedAuditEntry(
            r.Int64(0), r.Int64(6), new AuditEntry(r.Time(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5)), r.GetString(7), r.GetString(8)), cancellationToken);

    public async Task<AuditChainHead> ChainHeadAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await HeadAsync(connection, null, cancellationToken);
    }

    public async Task<int> MirrorAuditAsync(Action<ChainedAuditEntry> write, int max, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, "UPDATE audit_log_cursor SET seq = seq WHERE id = 1", cancellationToken);
        var logged = (await QueryAsync(connection, transaction, "SELECT seq FROM audit_log_cursor WHERE id = 1", r => r.Int64(0), cancellationToken)).Single();
        var entries = await QueryAsync(connection, transaction,
            "SELECT entry_id, at, actor, action, subject, detail, seq, prev_hash, entry_hash FROM audit_entries WHERE seq > @s ORDER BY seq LIMIT @m",
            r => new ChainedAuditEntry(r.Int64(0), r.Int64(6), new AuditEntry(r.Time(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5)), r.GetString(7), r.GetString(8)),
            cancellationToken, ("s", logged), ("m", max));
        if (entries.Count == 0)
        {
            return 0;
        }

        foreach (var entry in entries)
        {
            write(entry);
        }

        await ExecuteAsync(connection, transaction, "UPDATE audit_log_cursor SET seq = @s WHERE id = 1", cancellationToken, ("s", entries[^1].Seq));
        await transaction.CommitAsync(cancellationToken);
        return entries.Count;
    }

    public async Task<string?> RecordedFindingsDigestAsync(string runId, CancellationToken cancellationToken = default)
    {
        var details = await QueryAsync(
            "SELECT detail FROM audit_entries WHERE action = @a AND subject = @s ORDER BY entry_id DESC",
            r => r.GetString(0), cancellationToken, ("a", FindingsAction), ("s", "run:" + runId));
        return details.Count == 0 ? null : FindingsDigestOf(details[0]);
    }

    /// <summary>The audit entry a run writes when it stores its findings: their SM3 and counts.</summary>
    internal static AuditEntry FindingsEntry(DateTimeOffset at, string actor, string runId, IReadOnlyCollection<StoredFinding> findings) =>
        new(at, actor, FindingsAction, "run:" + runId, FormattableString.Invariant(
            $"sm3 {FindingsDigest.Of(findings)}；{findings.Count} 项检查结果 (findings)：{findings.Count(f => f.Severity == "ERROR")} ERROR，{findings.Count(f => f.Severity == "WARNING")} WARNING"));

    private static string? FindingsDigestOf(string detail) =>
        detail.StartsWith("sm3 ", StringComparison.Ordinal) && detail.Length >= 68 ? detail[4..68] : null;

    protected static async Task InsertAuditAsync(DbConnection connection, DbTransaction? transaction, AuditEntry entry, CancellationToken cancellationToken)
    {
        if (transaction is not null)
        {
            await AppendLinkAsync(connection, transaction, entry, cancellationToken);
            return;
        }

        await using var own = await connection.BeginTransactionAsync(cancellationToken);
        await AppendLinkAsync(connection, own, entry, cancellationToken);
        await own.CommitAsync(cancellationToken);
    }

    private static async Task AppendLinkAsync(DbConnection connection, DbTransaction transaction, AuditEntry entry, CancellationToken cancellationToken)
    {
        var head = await LockHeadAsync(connection, transaction, cancellationToken);
        var seq = head.Seq + 1;
        var hash = AuditChain.Hash(head.EntryHash, seq, entry);
        await ExecuteAsync(connection, transaction, "INSERT INTO audit_entries (at, actor, action, subject, detail, seq, prev_hash, entry_hash) VALUES (@at, @actor, @action, @subject, @detail, @seq, @prev, @hash)", cancellationToken,
            ("at", StoredTime.Format(entry.At)), ("actor", entry.Actor), ("action", entry.Action), ("subject", entry.Subject), ("detail", entry.Detail),
            ("seq", seq), ("prev", head.EntryHash), ("hash", hash));
        await MoveHeadAsync(connection, transaction, new AuditChainHead(seq, hash), cancellationToken);
    }

    /// <summary>Chains the entries an engine before version 7 wrote (they have no hash yet), in row order, once.</summary>
    private async Task SealUnchainedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var head = await LockHeadAsync(connection, transaction, cancellationToken);
        var unchained = await QueryAsync(connection, transaction,
            "SELECT entry_id, at, actor, action, subject, detail FROM audit_entries WHERE entry_hash IS NULL ORDER BY entry_id",
            r => (Id: r.Int64(0), Entry: new AuditEntry(r.Time(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5))), cancellationToken);
        foreach (var (id, entry) in unchained)
        {
            var seq = head.Seq + 1;
            var hash = AuditChain.Hash(head.EntryHash, seq, entry);
            await ExecuteAsync(connection, transaction, "UPDATE audit_entries SET seq = @seq, prev_hash = @prev, entry_hash = @hash WHERE entry_id = @id", cancellationToken,
                ("seq", seq), ("prev", head.EntryHash), ("hash", hash), ("id", id));
            head = new AuditChainHead(seq, hash);
        }

        await MoveHeadAsync(connection, transaction, head, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<AuditChainHead> LockHeadAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, transaction, "UPDATE audit_chain_head SET seq = seq WHERE id = 1", cancellationToken);
        return await HeadAsync(connection, transaction, cancellationToken);
    }

    private static async Task<AuditChainHead> HeadAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken) =>
        (await QueryAsync(connection, transaction, "SELECT seq, entry_hash FROM audit_chain_head WHERE id = 1", r => new AuditChainHead(r.Int64(0), r.GetString(1)), cancellationToken))
            .SingleOrDefault() ?? AuditChainHead.Empty;

    private static Task MoveHeadAsync(DbConnection connection, DbTransaction transaction, AuditChainHead head, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, transaction, "UPDATE audit_chain_head SET seq = @seq, entry_hash = @hash WHERE id = 1", cancellationToken, ("seq", head.Seq), ("hash", head.EntryHash));
}
