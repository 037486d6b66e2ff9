using System.Data.Common;
using System.Globalization;
using System.IO.Abstractions;
using Microsoft.Data.Sqlite;
using Npgsql;
using RiskReporting.Core.Configuration;

namespace RiskReporting.Engine.Scheduling;

/// <summary>
/// Reads Quartz's tables with plain ADO.NET, never writing: an SQLite job store is opened read-only and only
/// when its file exists, so that looking at a scheduler that never started does not create its store.
/// </summary>
internal sealed class JobStoreReader(IFileSystem fileSystem)
{
    /// <summary>The triggers, the nodes that check in and the fired triggers; null when the job store or its tables do not exist yet.</summary>
    public async Task<JobStoreContent?> ReadAsync(ConnectionTarget store, CancellationToken cancellationToken)
    {
        await using var connection = Connection(store);
        if (connection is null)
        {
            return null;
        }

        try
        {
            await connection.OpenAsync(cancellationToken);
            var triggers = await QueryAsync(connection, "triggers", Trigger, cancellationToken);
            var instances = await QueryAsync(connection, "instances", Instance, cancellationToken);
            var fired = await QueryAsync(connection, "fired", Fired, cancellationToken);
            return new JobStoreContent(triggers, instances, fired);
        }
        catch (DbException e) when (IsMissingTable(e))
        {
            return null;
        }
    }

    private DbConnection? Connection(ConnectionTarget store) => store.Kind switch
    {
        DatabaseKind.Sqlite when !fileSystem.File.Exists(store.Value) => null,
        DatabaseKind.Sqlite => new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = store.Value, Mode = SqliteOpenMode.ReadOnly }.ToString()),
        DatabaseKind.Postgres => new NpgsqlConnection(store.ConnectionString()),
        _ => throw new RefusalException(RefusalCode.InvalidConfiguration, $"Scheduler:Store {store} 不受支持：调度器的作业存储 (job store) 须为 sqlite:PATH 或 postgres:CONNECTION。"),
    };

    private static bool IsMissingTable(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UndefinedTable }
        || (exception is SqliteException { SqliteErrorCode: 1 } && exception.Message.Contains("no such table", StringComparison.Ordinal));

    private static async Task<IReadOnlyList<T>> QueryAsync<T>(DbConnection connection, string name, Func<DbDataReader, T> row, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Statement(name);
        var scheduler = command.CreateParameter();
        scheduler.ParameterName = "scheduler";
        scheduler.Value = JobStore.SchedulerName;
        command.Parameters.Add(scheduler);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(row(reader));
        }

        return rows;
    }

    private static ScheduledTrigger Trigger(DbDataReader row) => new(
        row.GetString(0), row.GetString(1), row.GetString(3) + "." + row.GetString(2), Text(row, 7), Text(row, 8), row.GetString(4),
        Instant(row, 5), Instant(row, 6), Misfired: false);

    private static SchedulerInstance Instance(DbDataReader row) =>
        new(row.GetString(0), Instant(row, 1) ?? DateTimeOffset.MinValue, TimeSpan.FromMilliseconds(Number(row, 2) ?? 0), Stale: false);

    private static FiredTrigger Fired(DbDataReader row) => new(
        row.GetString(1) + "." + row.GetString(0), row.GetString(3) + "." + row.GetString(2), row.GetString(4),
        Instant(row, 5) ?? DateTimeOffset.MinValue, Instant(row, 6) ?? DateTimeOffset.MinValue, row.GetString(7));

    private static string? Text(DbDataReader row, int column) => row.IsDBNull(column) ? null : row.GetString(column);

    private static long? Number(DbDataReader row, int column) => row.IsDBNull(column) ? null : Convert.ToInt64(row.GetValue(column), CultureInfo.InvariantCulture);

    /// <summary>Quartz stores an instant as UTC ticks, and none as zero or less.</summary>
    private static DateTimeOffset? Instant(DbDataReader row, int column)
    {
        var ticks = Number(row, column);
        return ticks > 0 ? new DateTimeOffset(ticks.Value, TimeSpan.Zero) : null;
    }

    private static string Statement(string name)
    {
        using var stream = typeof(JobStoreReader).Assembly.GetManifestResourceStream($"Scheduling/Sql/{name}.sql")
            ?? throw new InvalidOperationException($"The engine's assembly has no resource 'Scheduling/Sql/{name}.sql'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("{prefix}", JobStore.TablePrefix, StringComparison.Ordinal);
    }
}
