using System.Data.Common;

namespace RiskReporting.Store;

/// <summary>
/// The one way the store talks to its database: a command with named parameters, executed, scalar, or read
/// row by row through a map. Methods without a connection open their own; the others run on the caller's
/// connection and transaction.
/// </summary>
public abstract partial class StateStore
{
    /// <summary>The statement of this name from the embedded <c>Store/Sql/</c> files, this provider's own where it has one.</summary>
    protected string Sql(string name) => SqlStatements.For(ScriptFolder)[name];

    /// <summary>Every row of the query, mapped, read on a connection of its own.</summary>
    protected async Task<List<T>> QueryAsync<T>(string sql, Func<DbDataReader, T> map, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await QueryAsync(connection, null, sql, map, cancellationToken, parameters);
    }

    /// <summary>Every row of the query, mapped, read on the caller's connection (and transaction, if any).</summary>
    protected static async Task<List<T>> QueryAsync<T>(
        DbConnection connection, DbTransaction? transaction, string sql, Func<DbDataReader, T> map, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    /// <summary>Runs one statement on a connection of its own.</summary>
    protected async Task ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        await ChangeAsync(sql, cancellationToken, parameters);

    /// <summary>Runs one statement on the caller's connection (and transaction, if any).</summary>
    protected static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        await ChangeAsync(connection, transaction, sql, cancellationToken, parameters);

    /// <summary>Runs one statement on a connection of its own; the number of rows it changed.</summary>
    protected async Task<int> ChangeAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await ChangeAsync(connection, null, sql, cancellationToken, parameters);
    }

    /// <summary>Runs one statement on the caller's connection (and transaction, if any); the number of rows it changed.</summary>
    protected static async Task<int> ChangeAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    protected static async Task<object?> ScalarAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteScalarAsync(cancellationToken);
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

    protected string Now() => Format(Clock.GetUtcNow());

    protected static string Format(DateTimeOffset time) => StoredTime.Format(time);

    protected static DateTimeOffset Parse(string text) => StoredTime.Parse(text);
}
