using System.Data.Common;
using System.Globalization;
using System.Reflection;
using RiskReporting.Core.State;
using RiskReporting.Evidence.Disputes;

namespace RiskReporting.Store;

/// <summary>
/// The ADO.NET implementation shared by every provider; a subclass supplies the connection, the
/// migration lock and the script folder (the Quartz StdAdoDelegate pattern).
/// </summary>
public abstract partial class StateStore(TimeProvider clock) : IStateStore, IDisputeStore
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

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
        await ExecuteAsync(
            connection,
            transaction,
            "INSERT INTO users (user_name, role, created_at) VALUES (@n, @r, @t) ON CONFLICT (user_name) DO UPDATE SET role = excluded.role",
            cancellationToken,
            ("n", user.Name),
            ("r", user.Role.ToString()),
            ("t", Format(user.CreatedAt)));
        await InsertAuditAsync(connection, transaction, new AuditEntry(Clock.GetUtcNow(), actor, "user.save", "user:" + user.Name, "role=" + user.Role), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<UserAccount?> FindUserAsync(string name, CancellationToken cancellationToken = default)
    {
        var users = await QueryUsersAsync("SELECT user_name, role, created_at FROM users WHERE user_name = @n", name, cancellationToken);
        return users.Count == 0 ? null : users[0];
    }

    public Task<IReadOnlyList<UserAccount>> ListUsersAsync(CancellationToken cancellationToken = default) =>
        QueryUsersAsync("SELECT user_name, role, created_at FROM users ORDER BY user_name", null, cancellationToken);

    public async Task AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await InsertAuditAsync(connection, null, entry, cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> ListAuditAsync(string? subjectPrefix, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(
            connection,
            null,
            "SELECT at, actor, action, subject, detail FROM audit_entries WHERE subject LIKE @p ESCAPE '\\' ORDER BY entry_id",
            ("p", EscapeLike(subjectPrefix ?? string.Empty) + "%"));
        var entries = new List<AuditEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(Parse(reader.GetString(0)), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4)));
        }

        return entries;
    }

    protected async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = CreateConnection();
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    protected static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    protected static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    protected static async Task<object?> ScalarAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    protected string Now() => Format(Clock.GetUtcNow());

    protected static string Format(DateTimeOffset time) => time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    protected static DateTimeOffset Parse(string text) =>
        DateTimeOffset.ParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    /// <summary>A literal LIKE prefix: the escape character and both wildcards stand for themselves (ESCAPE '\\', the same on SQLite and PostgreSQL).</summary>
    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private static Task InsertAuditAsync(DbConnection connection, DbTransaction? transaction, AuditEntry entry, CancellationToken cancellationToken) =>
        ExecuteAsync(
            connection,
            transaction,
            "INSERT INTO audit_entries (at, actor, action, subject, detail) VALUES (@at, @actor, @action, @subject, @detail)",
            cancellationToken,
            ("at", Format(entry.At)),
            ("actor", entry.Actor),
            ("action", entry.Action),
            ("subject", entry.Subject),
            ("detail", entry.Detail));

    private async Task<IReadOnlyList<UserAccount>> QueryUsersAsync(string sql, string? name, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = name is null ? Command(connection, null, sql) : Command(connection, null, sql, ("n", name));
        var users = new List<UserAccount>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            users.Add(new UserAccount(reader.GetString(0), UserRole.Parse(reader.GetString(1)), Parse(reader.GetString(2))));
        }

        return users;
    }

    private IEnumerable<(int Version, string Name, string Sql)> Scripts()
    {
        var assembly = typeof(StateStore).Assembly;
        var prefix = $"State/{ScriptFolder}/";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => n[prefix.Length..])
            .Order(StringComparer.Ordinal)
            .Select(name => (int.Parse(name.AsSpan(0, 4), CultureInfo.InvariantCulture), name, Read(assembly, prefix + name)));
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
