using System.Data.Common;
using System.Reflection;
using Polly;
using RiskReporting.Core.Configuration;

namespace RiskReporting.Extraction.Sources;

/// <summary>
/// Opens the core-system database by ADO.NET provider name. SQLite and PostgreSQL ship with the engine;
/// the Oracle provider is loaded from Oracle.ManagedDataAccess.dll where a bank has installed it beside
/// the engine, and otherwise refused with one line that says so.
/// </summary>
public static class SourceConnectionFactory
{
    public static DbProviderFactory FactoryFor(string providerInvariantName) => providerInvariantName switch
    {
        ConnectionTarget.SqliteProvider => Microsoft.Data.Sqlite.SqliteFactory.Instance,
        ConnectionTarget.PostgresProvider => Npgsql.NpgsqlFactory.Instance,
        ConnectionTarget.OracleProvider => LoadOracle(),
        _ => throw new ExtractionException($"本系统不认识名为 '{providerInvariantName}' 的 ADO.NET 提供程序 (provider)。"),
    };

    /// <summary>
    /// Opens the source, retrying transient refusals (a server restarting, a network blip) with exponential
    /// backoff until <paramref name="retryFor"/> has passed; then the run fails naming the cause. A source
    /// that is wrongly configured (a missing SQLite file, a bad password) fails at once.
    /// </summary>
    /// <param name="quickCheck">Run PRAGMA quick_check on an SQLite file before returning; a run passes false and runs <see cref="SourceIntegrityCheck"/> beside extraction instead.</param>
    public static DbConnection Open(ConnectionTarget target, TimeSpan retryFor, TimeProvider clock, bool quickCheck = true)
    {
        var started = clock.GetTimestamp();
        var attempts = 0;
        var pipeline = new Polly.ResiliencePipelineBuilder()
            .AddRetry(new Polly.Retry.RetryStrategyOptions
            {
                ShouldHandle = new Polly.PredicateBuilder().Handle<ExtractionException>(e => e.InnerException is DbException db && IsTransient(db) && clock.GetElapsedTime(started) < retryFor),
                BackoffType = Polly.DelayBackoffType.Exponential,
                Delay = TimeSpan.FromMilliseconds(500),
                MaxDelay = TimeSpan.FromSeconds(15),
                MaxRetryAttempts = int.MaxValue,
                UseJitter = true,
            })
            .Build();
        try
        {
            return pipeline.Execute(() =>
            {
                attempts++;
                return Open(target, quickCheck);
            });
        }
        catch (ExtractionException e) when (attempts > 1)
        {
            throw new ExtractionException($"{e.Message}（已尝试 {attempts} 次、历时 {clock.GetElapsedTime(started).TotalSeconds:F0} 秒后放弃 (gave up)）", e.InnerException);
        }
    }

    private static bool IsTransient(DbException exception) =>
        exception is Npgsql.NpgsqlException { IsTransient: true } || exception.InnerException is System.Net.Sockets.SocketException;

    /// <summary>Opens the source; an SQLite file is checked with PRAGMA quick_check first (see <see cref="SourceIntegrityCheck"/>).</summary>
    public static DbConnection Open(ConnectionTarget target, bool quickCheck = true)
    {
        if (target.Kind == DatabaseKind.Sqlite && !System.IO.Path.Exists(target.Value))
        {
            throw new ExtractionException($"源数据库 (source database) {target.Value} 不存在。");
        }

        if (target.Kind == DatabaseKind.Sqlite)
        {
            SqliteThreading.Initialize();
        }

        var connection = FactoryFor(target.ProviderInvariantName).CreateConnection()!;
        connection.ConnectionString = target.Kind == DatabaseKind.Sqlite
            ? new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = target.Value, Mode = Microsoft.Data.Sqlite.SqliteOpenMode.ReadOnly, Pooling = false }.ToString()
            : target.ConnectionString();
        try
        {
            connection.Open();
        }
        catch (DbException e)
        {
            connection.Dispose();
            throw new ExtractionException($"无法打开数据源 (cannot open the source) {target}：{e.Message}", e);
        }

        if (quickCheck && target.Kind == DatabaseKind.Sqlite)
        {
            try
            {
                SourceIntegrityCheck.Run(connection, target.Value);
            }
            catch
            {
                connection.Dispose();
                throw;
            }
        }

        return connection;
    }

    private static DbProviderFactory LoadOracle()
    {
        try
        {
            var assembly = Assembly.Load("Oracle.ManagedDataAccess");
            var type = assembly.GetType("Oracle.ManagedDataAccess.Client.OracleClientFactory", throwOnError: true)!;
            return (DbProviderFactory)type.GetField("Instance", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or TypeLoadException)
        {
            throw new ExtractionException("数据源配置为 Oracle (Oracle.ManagedDataAccess.Client)，但本系统旁未安装 Oracle.ManagedDataAccess.dll (not installed)。", e);
        }
    }
}
