using System.Data.Common;
using Microsoft.Data.Sqlite;
using RiskReporting.Core.State;
using RiskReporting.Evidence.Disputes;

namespace RiskReporting.Store;

/// <summary>The embedded default: one SQLite file under the work folder.</summary>
/// <param name="busySeconds">How long a statement waits for another process's lock (busy_timeout) before SQLite Error 5.</param>
public sealed class SqliteStateStore(string databasePath, TimeProvider clock, int busySeconds = 30) : StateStore(clock)
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = databasePath,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = false,
        DefaultTimeout = busySeconds,
    }.ToString();

    protected override string ScriptFolder => "sqlite";

    public override DbConnection CreateConnection()
    {
        Core.Configuration.SqliteThreading.Initialize();
        var connection = new SqliteConnection(_connectionString);
        connection.StateChange += (_, e) =>
        {
            if (e.CurrentState == System.Data.ConnectionState.Open)
            {
                using var pragma = connection.CreateCommand();
                pragma.CommandText = $"PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA busy_timeout = {busySeconds * 1000};";
                pragma.ExecuteNonQuery();
            }
        };
        return connection;
    }

    /// <summary>
    /// SQLite's online backup API (<see cref="SqliteConnection.BackupDatabase(SqliteConnection)"/>): every page in one step under a read
    /// transaction, so a run writing meanwhile (WAL) is neither blocked nor half copied. The copy is switched to a single file
    /// (journal_mode DELETE) and listed from itself.
    /// </summary>
    public override async Task<StoreCopy> CopyToAsync(string path, CancellationToken cancellationToken = default)
    {
        await using (var source = (SqliteConnection)CreateConnection())
        {
            await source.OpenAsync(cancellationToken);
            await using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
            await target.OpenAsync(cancellationToken);
            source.BackupDatabase(target);
            await ExecuteAsync(target, null, "PRAGMA journal_mode = DELETE", cancellationToken);
        }

        await using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await copy.OpenAsync(cancellationToken);
        return await ListingAsync(path, "sqlite", copy, null, cancellationToken);
    }

    /// <summary>An immediate write lock: a second process waits (busy_timeout) instead of migrating twice.</summary>
    protected override async Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        await ExecuteAsync(connection, transaction, "CREATE TABLE IF NOT EXISTS migration_lock (id INTEGER PRIMARY KEY); DELETE FROM migration_lock;", cancellationToken);
}
