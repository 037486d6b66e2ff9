using System.Data;
using System.Data.Common;

namespace RiskReporting.Extraction.Sources;

/// <summary>
/// Everything that differs between source databases, in one place: how D is passed, how a consistent
/// read-only transaction is opened. The rule files themselves are the same on every database.
/// </summary>
public abstract class SourceDialect
{
    public abstract object DateParameter(DateOnly date);

    public abstract DbTransaction BeginConsistentRead(DbConnection connection);

    public static SourceDialect For(string providerInvariantName) => providerInvariantName switch
    {
        Core.Configuration.ConnectionTarget.SqliteProvider => new SqliteSourceDialect(),
        Core.Configuration.ConnectionTarget.PostgresProvider => new PostgresSourceDialect(),
        _ => new StandardSourceDialect(),
    };
}

/// <summary>SQLite stores dates as 'YYYY-MM-DD' text; a deferred transaction reads one snapshot.</summary>
public sealed class SqliteSourceDialect : SourceDialect
{
    public override object DateParameter(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public override DbTransaction BeginConsistentRead(DbConnection connection) => connection.BeginTransaction(IsolationLevel.Serializable);
}

/// <summary>PostgreSQL: REPEATABLE READ READ ONLY, so a source that changes during the run cannot mix two states.</summary>
public sealed class PostgresSourceDialect : SourceDialect
{
    public override object DateParameter(DateOnly date) => date;

    public override DbTransaction BeginConsistentRead(DbConnection connection)
    {
        var transaction = connection.BeginTransaction(IsolationLevel.RepeatableRead);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SET TRANSACTION READ ONLY";
        command.ExecuteNonQuery();
        return transaction;
    }
}

/// <summary>Any other ADO.NET provider (Oracle where installed): DATE parameters and a serializable read.</summary>
public sealed class StandardSourceDialect : SourceDialect
{
    public override object DateParameter(DateOnly date) => date.ToDateTime(TimeOnly.MinValue);

    public override DbTransaction BeginConsistentRead(DbConnection connection) => connection.BeginTransaction(IsolationLevel.Serializable);
}
