using RiskReporting.Testing;

namespace RiskReporting.Store.Tests;

/// <summary>A new, migrated state store on a real provider: a SQLite file in a temporary folder, or a fresh database on the test PostgreSQL server.</summary>
public sealed class EmptyStore : IDisposable
{
    private readonly TemporaryDirectory? _directory;

    private EmptyStore(StateStore store, TemporaryDirectory? directory)
    {
        Store = store;
        _directory = directory;
    }

    public StateStore Store { get; }

    public static async Task<EmptyStore> OpenAsync(string provider, TimeProvider clock)
    {
        EmptyStore empty;
        if (provider == "sqlite")
        {
            var directory = new TemporaryDirectory();
            empty = new EmptyStore(new SqliteStateStore(directory.File("state.db"), clock), directory);
        }
        else
        {
            var server = PostgresTestServer.RequireConnectionString();
            var database = "rr_state_" + Guid.NewGuid().ToString("N")[..10];
            await using (var admin = new Npgsql.NpgsqlConnection(server))
            {
                await admin.OpenAsync();
                await using var create = new Npgsql.NpgsqlCommand($"CREATE DATABASE {database}", admin);
                await create.ExecuteNonQueryAsync();
            }

            empty = new EmptyStore(new PostgresStateStore(new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString, clock), null);
        }

        await empty.Store.MigrateAsync();
        return empty;
    }

    public void Dispose() => _directory?.Dispose();
}
