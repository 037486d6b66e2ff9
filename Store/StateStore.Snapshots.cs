using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using RiskReporting.Core.Snapshots;
using RiskReporting.Core.State;

namespace RiskReporting.Store;

public abstract partial class StateStore
{
    public async Task SaveSnapshotAsync(string runId, PeriodSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, "DELETE FROM snapshot_records WHERE run_id = @id", cancellationToken, ("id", runId));
        await ExecuteAsync(connection, transaction, "DELETE FROM source_fingerprints WHERE run_id = @id", cancellationToken, ("id", runId));
        await ExecuteAsync(connection, transaction, "DELETE FROM snapshot_branches WHERE run_id = @id", cancellationToken, ("id", runId));
        await ExecuteAsync(connection, transaction, "DELETE FROM snapshot_managers WHERE run_id = @id", cancellationToken, ("id", runId));
        await ExecuteAsync(connection, transaction, "DELETE FROM snapshot_facts WHERE run_id = @id", cancellationToken, ("id", runId));
        await InsertRecordsAsync(connection, transaction, runId, snapshot.Records, cancellationToken);
        await SaveBranchesAsync(connection, transaction, runId, snapshot, cancellationToken);
        await SaveFactsAsync(connection, transaction, runId, snapshot, cancellationToken);
        foreach (var (query, fingerprint) in snapshot.SourceFingerprints)
        {
            await ExecuteAsync(connection, transaction, "INSERT INTO source_fingerprints (run_id, source_table, row_count, digest) VALUES (@id, @t, @n, @d)",
                cancellationToken, ("id", runId), ("t", query), ("n", fingerprint.Rows), ("d", fingerprint.Sha256));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Streams every part's records into snapshot_records, numbered in report order; a provider with a bulk path overrides it.</summary>
    protected virtual async Task InsertRecordsAsync(DbConnection connection, DbTransaction transaction, string runId, Core.Reports.ReportRecords records, CancellationToken cancellationToken)
    {
        await using var insert = Command(connection, transaction,
            "INSERT INTO snapshot_records (run_id, part, record_key, seq, fields, sources) VALUES (@id, @part, @key, @seq, @fields, @sources)",
            ("id", runId), ("part", string.Empty), ("key", string.Empty), ("seq", 0), ("fields", string.Empty), ("sources", string.Empty));
        await insert.PrepareAsync(cancellationToken);
        foreach (var (part, stored) in StoredForm(records))
        {
            insert.Parameters[1].Value = part;
            insert.Parameters[2].Value = stored.Key;
            insert.Parameters[3].Value = stored.Seq;
            insert.Parameters[4].Value = stored.Fields;
            insert.Parameters[5].Value = stored.Sources;
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>The columns of snapshot_records per record: key, position in report order, values as a JSON array, source rows.</summary>
    protected static IEnumerable<(string Part, (string Key, int Seq, string Fields, string Sources) Row)> StoredForm(Core.Reports.ReportRecords records)
    {
        foreach (var (part, list) in records)
        {
            var seq = 0;
            foreach (var record in list)
            {
                yield return (part, (record.Key, seq++, JsonSerializer.Serialize(record.Values), record.Source));
            }
        }
    }

    public async Task<StoredRecord?> FindRecordAsync(string runId, string part, string key, CancellationToken cancellationToken = default) =>
        await QueryAsync(
            Sql("records.find"),
            r => new StoredRecord(part, key, JsonSerializer.Deserialize<string[]>(r.GetString(0))!, r.GetString(1)),
            cancellationToken,
            ("id", runId), ("part", part), ("key", key)) is [var record, ..] ? record : null;

    /// <summary>The stored records of a run, read from the store each time a part is read (nothing is held).</summary>
    public async Task<Core.Reports.ReportRecords> LoadRecordsAsync(string runId, IReadOnlyCollection<string> parts, CancellationToken cancellationToken = default)
    {
        var records = new Dictionary<string, IReadOnlyCollection<Core.Reports.ReportRecord>>(StringComparer.Ordinal);
        await using var connection = await OpenAsync(cancellationToken);
        foreach (var part in parts)
        {
            var count = Convert.ToInt32(await ScalarAsync(connection, null, "SELECT COUNT(*) FROM snapshot_records WHERE run_id = @id AND part = @part", cancellationToken, ("id", runId), ("part", part)), CultureInfo.InvariantCulture);
            records[part] = new StoredPart(this, runId, Core.Reports.ReportParts.ByCode(part), count);
        }

        return new Core.Reports.ReportRecords(records);
    }

    /// <summary>One part of a stored run in key order, streamed from its own connection on every read.</summary>
    private sealed class StoredPart(StateStore store, string runId, Core.Reports.PartDefinition part, int count) : IReadOnlyCollection<Core.Reports.ReportRecord>
    {
        public int Count => count;

        public IEnumerator<Core.Reports.ReportRecord> GetEnumerator()
        {
            using var connection = store.CreateConnection();
            connection.Open();
            using var command = Command(connection, null, "SELECT fields, sources FROM snapshot_records WHERE run_id = @id AND part = @part ORDER BY seq", ("id", runId), ("part", part.Code));
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                yield return new Core.Reports.ReportRecord(part, JsonSerializer.Deserialize<string[]>(reader.GetString(0))!) { Source = reader.GetString(1) };
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    public async Task<IReadOnlyDictionary<string, SourceFingerprint>> SourceFingerprintsAsync(string runId, CancellationToken cancellationToken = default)
    {
        var rows = await QueryAsync(
            "SELECT source_table, row_count, digest FROM source_fingerprints WHERE run_id = @id",
            r => (Table: r.GetString(0), Fingerprint: new SourceFingerprint(r.Int64(1), r.GetString(2))),
            cancellationToken,
            ("id", runId));
        var fingerprints = new Dictionary<string, SourceFingerprint>(StringComparer.Ordinal);
        foreach (var (table, fingerprint) in rows)
        {
            fingerprints[table] = fingerprint;
        }

        return fingerprints;
    }

    /// <summary>The branches and who manages each customer and group at D: dispute items are assigned from them.</summary>
    private static async Task SaveBranchesAsync(DbConnection connection, DbTransaction transaction, string runId, PeriodSnapshot snapshot, CancellationToken cancellationToken)
    {
        foreach (var (bankCode, branch) in snapshot.BranchesByBankCode)
        {
            await ExecuteAsync(connection, transaction, "INSERT INTO snapshot_branches (run_id, branch_code, bank_code, head_office) VALUES (@id, @b, @c, @h)",
                cancellationToken, ("id", runId), ("b", branch), ("c", bankCode), ("h", branch == snapshot.HeadOfficeBranch ? 1 : 0));
        }

        await using var insert = Command(connection, transaction, "INSERT INTO snapshot_managers (run_id, customer_code, branch_code) VALUES (@id, @c, @b)",
            ("id", runId), ("c", string.Empty), ("b", string.Empty));
        await insert.PrepareAsync(cancellationToken);
        foreach (var (customer, branch) in snapshot.ManagingBranches)
        {
            insert.Parameters[1].Value = customer;
            insert.Parameters[2].Value = branch;
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
