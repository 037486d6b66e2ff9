using Microsoft.Extensions.Time.Testing;
using RiskReporting.Identity.Directory;
using RiskReporting.Store;
using RiskReporting.Testing;

namespace RiskReporting.Identity.Tests;

/// <summary>
/// A real state store (a SQLite file in a temporary folder, or a fresh database on the CI PostgreSQL), a fake
/// clock, and the identity services over them.
/// </summary>
public sealed class IdentityDesk : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    private IdentityDesk(IDirectoryAuthenticator? directory, string provider)
    {
        Provider = provider;
        Store = provider == "postgres" ? new PostgresStateStore(PostgresConnection = PostgresTestServer.NewDatabase("rr_identity_"), Clock) : new SqliteStateStore(_folder.File("state.db"), Clock);
        Registry = new UserRegistry(Store, Clock);
        Authenticator = new Authenticator(Store, Options, Clock, directory);
        Sessions = new Sessions.SessionResolver(Store, Clock);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 2, 1, 0, 0, TimeSpan.Zero));

    public AuthOptions Options { get; } = new();

    public StateStore Store { get; }

    public string Provider { get; }

    /// <summary>The PostgreSQL database's connection string, when the desk runs on PostgreSQL.</summary>
    public string? PostgresConnection { get; }

    public UserRegistry Registry { get; }

    public Authenticator Authenticator { get; }

    public Sessions.SessionResolver Sessions { get; }

    public string Folder => _folder.Path;

    public static async Task<IdentityDesk> OpenAsync(IDirectoryAuthenticator? directory = null, string provider = "sqlite")
    {
        var desk = new IdentityDesk(directory, provider);
        await desk.Store.MigrateAsync();
        return desk;
    }

    public async Task<IReadOnlyList<string>> AuditActionsAsync(string user) =>
        [.. (await Store.ListAuditAsync("user:" + user)).Select(e => e.Action)];

    /// <summary>One text value read straight from the store, as an outside check would.</summary>
    public async Task<string> ScalarAsync(string sql)
    {
        System.Data.Common.DbConnection connection = PostgresConnection is null
            ? new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_folder.File("state.db")};Pooling=false")
            : new Npgsql.NpgsqlConnection(PostgresConnection);
        await using (connection)
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
        }
    }

    public void Dispose() => _folder.Dispose();
}
