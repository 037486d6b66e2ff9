using System.Data.Common;
using System.Globalization;
using RiskReporting.Core.State;
using RiskReporting.Evidence.Disputes;

namespace RiskReporting.Store;

/// <summary>
/// The ADO.NET implementation shared by every provider; a subclass supplies the connection, the
/// migration lock and the script folder (the Quartz StdAdoDelegate pattern).
/// </summary>
public abstract partial class StateStore(TimeProvider clock) : IStateStore, IDisputeStore
{
    protected TimeProvider Clock { get; } = clock;

    /// <summary>Folder of the embedded scripts for this provider: <c>sqlite</c> or <c>postgres</c>.</summary>
    protected abstract string ScriptFolder { get; }

    public abstract DbConnection CreateConnection();

    /// <summary>Serialises migrations between processes starting together; runs inside the migration transaction.</summary>
    protected abstract Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    public async Task<int> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var applied = 0;
        foreach (var (version, name, sql) in Scripts())
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await LockForMigrationAsync(connection, transaction, cancellationToken);
            await ExecuteAsync(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, script TEXT NOT NULL, applied_at TEXT NOT NULL)", cancellationToken);
            var already = await ScalarAsync(connection, transaction, "SELECT COUNT(*) FROM schema_version WHERE version = @v", cancellationToken, ("v", version));
            if (Convert.ToInt64(already, CultureInfo.InvariantCulture) > 0)
            {
                continue;
            }

            await ExecuteAsync(connection, transaction, sql, cancellationToken);
            await ExecuteAsync(connection, transaction, "INSERT INTO schema_version (version, script, applied_at) VALUES (@v, @s, @t)", cancellationToken, ("v", version), ("s", name), ("t", Now()));
            await transaction.CommitAsync(cancellationToken);
            applied++;
        }

        await SealUnchainedAsync(cancellationToken);
        return applied;
    }

    public async Task<int> SchemaVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var value = await ScalarAsync(connection, null, "SELECT COALESCE(MAX(version), 0) FROM schema_version", cancellationToken);
        return Convert.ToInt32(value, CultureInfo.InvariantCulture);
    }

    public async Task SaveUserAsync(UserAccount user, string actor, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, Sql("users.save"), cancellationToken, ("n", user.Name), ("r", user.Role.ToString()), ("t", Format(user.CreatedAt)));
        await InsertAuditAsync(connection, transaction, new AuditEntry(Clock.GetUtcNow(), actor, "user.save", "user:" + user.Name, "role=" + user.Role), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<UserAccount?> FindUserAsync(string name, CancellationToken cancellationToken = default) =>
        await QueryAsync(Sql("users.select") + " WHERE user_name = @n", ReadUser, cancellationToken, ("n", name)) is [var user] ? user : null;

    public async Task<IReadOnlyList<UserAccount>> ListUsersAsync(CancellationToken cancellationToken = default) =>
        await QueryAsync(Sql("users.select") + " ORDER BY user_name", ReadUser, cancellationToken);

    public async Task AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await InsertAuditAsync(connection, null, entry, cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> ListAuditAsync(string? subjectPrefix, CancellationToken cancellationToken = default) =>
        await QueryAsync(
            Sql("audit.list"),
            r => new AuditEntry(r.Time(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4)),
            cancellationToken,
            ("p", EscapeLike(subjectPrefix ?? string.Empty) + "%"));

    /// <summary>A literal LIKE prefix: the escape character and both wildcards stand for themselves (ESCAPE '\\', the same on SQLite and PostgreSQL).</summary>
    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private static UserAccount ReadUser(DbDataReader reader) => new(reader.GetString(0), UserRole.Parse(reader.GetString(1)), reader.Time(2));

    private IEnumerable<(int Version, string Name, string Sql)> Scripts()
    {
        var assembly = typeof(StateStore).Assembly;
        var prefix = $"State/{ScriptFolder}/";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => n[prefix.Length..])
            .Order(StringComparer.Ordinal)
            .Select(name => (int.Parse(name.AsSpan(0, 4), CultureInfo.InvariantCulture), name, EmbeddedText.Read(assembly, prefix + name)));
    }
}
