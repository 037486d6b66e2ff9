using System.Data.Common;
using Npgsql;
using RiskReporting.Core.State;
using RiskReporting.Evidence.Disputes;

namespace RiskReporting.Store;

/// <summary>The server option, shared by the nodes of a clustered scheduler.</summary>
public sealed class PostgresStateStore(string connectionString, TimeProvider clock) : StateStore(clock)
{
    /// <summary>An arbitrary constant: the advisory-lock id that serialises migrations across nodes.</summary>
    private const long MigrationLockId = 0x4B48_4658;

    protected override string ScriptFolder => "postgres";

    public override DbConnection CreateConnection() => new NpgsqlConnection(connectionString);

    /// <summary>
    /// pg_dump (plain SQL, no owners or grants) of the snapshot this store exports from a REPEATABLE READ transaction, which
    /// also lists what the copy holds: the dump and the listing see the same state while runs go on writing.
    /// </summary>
    public override async Task<StoreCopy> CopyToAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await ((NpgsqlConnection)connection).BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        var snapshot = (string)(await ScalarAsync(connection, transaction, "SELECT pg_export_snapshot()", cancellationToken))!;
        var listing = await ListingAsync(path, "postgres", connection, transaction, cancellationToken);
        await PgDump.WriteAsync(connectionString, snapshot, path, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return listing;
    }

    /// <summary>Binary COPY inside the findings' transaction, numbered in the order given as the base class numbers them.</summary>
    protected override async Task InsertFindingsAsync(DbConnection connection, DbTransaction transaction, string runId, IReadOnlyList<StoredFinding> findings, CancellationToken cancellationToken)
    {
        await using var copy = await ((NpgsqlConnection)connection).BeginBinaryImportAsync(
            "COPY findings (run_id, rule, severity, part, record_key, field, value, branch, message, seq) FROM STDIN (FORMAT BINARY)", cancellationToken);
        var seq = 0;
        foreach (var f in findings)
        {
            await copy.StartRowAsync(cancellationToken);
            foreach (var text in new[] { runId, f.Rule, f.Severity, f.Part, f.Key, f.Field, f.Value, f.Branch, f.Message })
            {
                await copy.WriteAsync(text, NpgsqlTypes.NpgsqlDbType.Text, cancellationToken);
            }

            await copy.WriteAsync(seq++, NpgsqlTypes.NpgsqlDbType.Integer, cancellationToken);
        }

        await copy.CompleteAsync(cancellationToken);
    }

    protected override async Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        await ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(@id)", cancellationToken, ("id", MigrationLockId));
}
