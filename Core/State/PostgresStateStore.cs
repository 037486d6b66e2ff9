using System.Data.Common;
using Npgsql;

namespace RiskReporting.Core.State;

/// <summary>The server option, shared by the nodes of a clustered scheduler.</summary>
public sealed class PostgresStateStore(string connectionString, TimeProvider clock) : StateStore(clock)
{
    /// <summary>An arbitrary constant: the advisory-lock id that serialises migrations across nodes.</summary>
    private const long MigrationLockId = 0x4B48_4658;

    protected override string ScriptFolder => "postgres";

    public override DbConnection CreateConnection() => new NpgsqlConnection(connectionString);

    protected override async Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        await ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(@id)", cancellationToken, ("id", MigrationLockId));
}
