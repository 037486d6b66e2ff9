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
        ForgetChunks(runId);
        await ExecuteAsync(connection, transaction, "DELETE FROM snapshot_records WHERE run_id = @id", cancellationToken, ("id", runId));
        await ExecuteAsync(connection, transaction, "DELETE FROM snapshot_chunks WHERE run_id = @id", cancellationToken, ("id", runId));
        await ExecuteAsync(connection, transaction, "DELETE FROM snapshot_parts WHERE run_id = @id", cancellationToken, ("id", runId));
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

    /// <summary>
    /// Every part's records in chunks (<see cref="SnapshotChunks"/>), in report order, each chunk with its last record's order key;
    /// a part whose records are not in order-key order (never, as extraction sorts them) is marked so that lookups read it whole.
    /// </summary>
    private static async Task InsertRecordsAsync(DbConnection connection, DbTransaction transaction, string runId, Core.Reports.ReportRecords records, CancellationToken cancellationToken)
    {
        await using var insert = Command(connection, transaction,
            "INSERT INTO snapshot_chunks (run_id, part, chunk, record_count, last_key, data) VALUES (@id, @part, @chunk, @n, @key, @data)",
            ("id", runId), ("part", string.Empty), ("chunk", 0), ("n", 0), ("key", Array.Empty<byte>()), ("data", Array.Empty<byte>()));
        await using var summary = Command(connection, transaction,
            "INSERT INTO snapshot_parts (run_id, part, record_count, key_ordered) VALUES (@id, @part, @n, @ordered)",
            ("id", runId), ("part", string.Empty), ("n", 0), ("ordered", 1));
        using var encoder = new SnapshotChunks.ChunkEncoder();
        foreach (var (part, list) in records)
        {
            var (chunk, count, ordered) = (0, 0, true);
            var (previous, current, previousLength) = (new byte[256], new byte[256], -1);
            var pending = new List<Core.Reports.ReportRecord>(SnapshotChunks.RecordsPerChunk);
            foreach (var record in list)
            {
                var length = SnapshotChunks.WriteOrderKey(record, ref current);
                ordered &= previousLength < 0 || SnapshotChunks.CompareKeys(previous.AsSpan(0, previousLength), current.AsSpan(0, length)) <= 0;
                (previous, current, previousLength) = (current, previous, length);
                pending.Add(record);
                count++;
                if (pending.Count == SnapshotChunks.RecordsPerChunk)
                {
                    await WriteChunkAsync(chunk++);
                }
            }

            if (pending.Count > 0)
            {
                await WriteChunkAsync(chunk);
            }

            summary.Parameters[1].Value = part;
            summary.Parameters[2].Value = count;
            summary.Parameters[3].Value = ordered ? 1 : 0;
            await summary.ExecuteNonQueryAsync(cancellationToken);

            async Task WriteChunkAsync(int number)
            {
                insert.Parameters[1].Value = part;
                insert.Parameters[2].Value = number;
                insert.Parameters[3].Value = pending.Count;
                insert.Parameters[4].Value = previous.AsSpan(0, previousLength).ToArray();
                insert.Parameters[5].Value = encoder.Encode(pending);
                await insert.ExecuteNonQueryAsync(cancellationToken);
                pending.Clear();
            }
        }
    }

    /// <summary>The record of a run with this key in this part, the first in report order should a key repeat.</summary>
    public async Task<StoredRecord?> FindRecordAsync(string runId, string part, string key, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var definition = Core.Reports.ReportParts.ByCode(part);
        var stored = await QueryAsync(connection, null, "SELECT key_ordered FROM snapshot_parts WHERE run_id = @id AND part = @part", r => r.Int64(0) == 1, cancellationToken, ("id", runId), ("part", part));
        if (stored is [])
        {
            // A run stored before snapshot_chunks: one row per record.
            return await QueryAsync(connection, null, Sql("records.find"),
                r => new StoredRecord(part, key, JsonSerializer.Deserialize<string[]>(r.GetString(0))!, r.GetString(1)),
                cancellationToken, ("id", runId), ("part", part), ("key", key)) is [var record, ..] ? record : null;
        }

        var orderKey = SnapshotChunks.OrderKey(definition, key);
        IEnumerable<Core.Reports.ReportRecord> candidates;
        if (stored[0] && orderKey is not null)
        {
            // The first chunk whose last key is not below the key holds the key's first record, if any record has it.
            var chunk = await QueryAsync(connection, null,
                "SELECT chunk FROM snapshot_chunks WHERE run_id = @id AND part = @part AND last_key >= @key ORDER BY last_key, chunk LIMIT 1",
                r => r.Int64(0), cancellationToken, ("id", runId), ("part", part), ("key", orderKey));
            candidates = chunk is [var number] ? await ChunkAsync(connection, runId, definition, number, cancellationToken) : [];
        }
        else
        {
            candidates = new StoredPart(this, runId, definition, 0, Chunked: true);
        }

        return candidates.FirstOrDefault(r => r.Key == key) is { } found ? new StoredRecord(part, key, found.Values, found.Source) : null;
    }

    private readonly Lock _chunkCacheLock = new();
    private readonly LinkedList<(string RunId, string Part, long Chunk, DateTimeOffset Read, Core.Reports.ReportRecord[] Records)> _chunkCache = [];

    /// <summary>One chunk, decoded; the last few read are kept a few seconds, as warnings and explanations look up neighbouring keys one by one.</summary>
    private async Task<Core.Reports.ReportRecord[]> ChunkAsync(DbConnection connection, string runId, Core.Reports.PartDefinition part, long chunk, CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        lock (_chunkCacheLock)
        {
            for (var node = _chunkCache.First; node is not null; node = node.Next)
            {
                if (node.Value.RunId == runId && node.Value.Part == part.Code && node.Value.Chunk == chunk && now - node.Value.Read < TimeSpan.FromSeconds(5))
                {
                    return node.Value.Records;
                }
            }
        }

        var rows = await QueryAsync(connection, null, "SELECT record_count, data FROM snapshot_chunks WHERE run_id = @id AND part = @part AND chunk = @chunk",
            r => SnapshotChunks.Decode(part, (byte[])r.GetValue(1), (int)r.Int64(0)), cancellationToken, ("id", runId), ("part", part.Code), ("chunk", chunk));
        var records = rows is [var decoded] ? decoded : [];
        lock (_chunkCacheLock)
        {
            _chunkCache.AddFirst((runId, part.Code, chunk, now, records));
            while (_chunkCache.Count > 8)
            {
                _chunkCache.RemoveLast();
            }
        }

        return records;
    }

    private void ForgetChunks(string runId)
    {
        lock (_chunkCacheLock)
        {
            for (var node = _chunkCache.First; node is not null;)
            {
                var next = node.Next;
                if (node.Value.RunId == runId)
                {
                    _chunkCache.Remove(node);
                }

                node = next;
            }
        }
    }

    /// <summary>The stored records of a run, read from the store each time a part is read (nothing is held).</summary>
    public async Task<Core.Reports.ReportRecords> LoadRecordsAsync(string runId, IReadOnlyCollection<string> parts, CancellationToken cancellationToken = default)
    {
        var records = new Dictionary<string, IReadOnlyCollection<Core.Reports.ReportRecord>>(StringComparer.Ordinal);
        await using var connection = await OpenAsync(cancellationToken);
        var chunked = (await QueryAsync(connection, null, "SELECT part, record_count FROM snapshot_parts WHERE run_id = @id", r => (Part: r.GetString(0), Count: r.Int64(1)), cancellationToken, ("id", runId)))
            .ToDictionary(p => p.Part, p => (int)p.Count, StringComparer.Ordinal);
        foreach (var part in parts)
        {
            var count = chunked.Count > 0
                ? chunked.GetValueOrDefault(part)
                : Convert.ToInt32(await ScalarAsync(connection, null, "SELECT COUNT(*) FROM snapshot_records WHERE run_id = @id AND part = @part", cancellationToken, ("id", runId), ("part", part)), CultureInfo.InvariantCulture);
            records[part] = new StoredPart(this, runId, Core.Reports.ReportParts.ByCode(part), count, Chunked: chunked.Count > 0);
        }

        return new Core.Reports.ReportRecords(records);
    }

    /// <summary>One part of a stored run in report order, streamed from its own connection on every read, chunk by chunk (or row by row for a run stored before chunks).</summary>
    private sealed class StoredPart(StateStore store, string runId, Core.Reports.PartDefinition part, int count, bool Chunked) : IReadOnlyCollection<Core.Reports.ReportRecord>
    {
        public int Count => count;

        public IEnumerator<Core.Reports.ReportRecord> GetEnumerator()
        {
            using var connection = store.CreateConnection();
            connection.Open();
            if (Chunked)
            {
                using var chunks = Command(connection, null, "SELECT record_count, data FROM snapshot_chunks WHERE run_id = @id AND part = @part ORDER BY chunk", ("id", runId), ("part", part.Code));
                using var rows = chunks.ExecuteReader();
                while (rows.Read())
                {
                    foreach (var record in SnapshotChunks.Decode(part, (byte[])rows.GetValue(1), Convert.ToInt32(rows.GetValue(0), CultureInfo.InvariantCulture)))
                    {
                        yield return record;
                    }
                }

                yield break;
            }

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
