using System.Data.Common;
using System.Text.RegularExpressions;

namespace RiskReporting.Core.Configuration;

/// <summary>
/// A database named the way the CLI and appsettings.json name it: <c>sqlite:PATH</c>,
/// <c>postgres:CONNECTION-STRING</c>, or <c>oracle:CONNECTION-STRING</c>. Connection strings may refer to
/// environment variables as <c>${NAME}</c>, so that passwords stay out of files; <see cref="ToString"/>
/// never shows a password.
/// </summary>
public sealed partial record ConnectionTarget(DatabaseKind Kind, string Value)
{
    public const string SqliteProvider = "Microsoft.Data.Sqlite";
    public const string PostgresProvider = "Npgsql";
    public const string OracleProvider = "Oracle.ManagedDataAccess.Client";

    public string ProviderInvariantName => Kind switch
    {
        DatabaseKind.Sqlite => SqliteProvider,
        DatabaseKind.Postgres => PostgresProvider,
        _ => OracleProvider,
    };

    public static ConnectionTarget Parse(string text, string baseDirectory)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var scheme = colon < 0 ? string.Empty : text[..colon];
        var value = colon < 0 ? string.Empty : text[(colon + 1)..];
        return scheme switch
        {
            "sqlite" when value.Length > 0 => new(DatabaseKind.Sqlite, Path.GetFullPath(value, baseDirectory)),
            "postgres" when value.Length > 0 => new(DatabaseKind.Postgres, value),
            "oracle" when value.Length > 0 => new(DatabaseKind.Oracle, value),
            _ => throw new FormatException($"'{Redact(text)}' 不是数据库 (not a database)：可用 sqlite:PATH、postgres:CONNECTION 或 oracle:CONNECTION。"),
        };
    }

    /// <summary>The connection string with every <c>${NAME}</c> replaced by that environment variable.</summary>
    public string ConnectionString()
    {
        if (Kind == DatabaseKind.Sqlite)
        {
            return new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = Value }.ToString();
        }

        return EnvironmentReference().Replace(Value, match =>
            Environment.GetEnvironmentVariable(match.Groups[1].Value)
            ?? throw new InvalidOperationException($"连接串 (connection string) 引用了 ${{{match.Groups[1].Value}}}，但环境变量中未设置 (not set)。"));
    }

    public override string ToString() => Kind switch
    {
        DatabaseKind.Sqlite => "sqlite:" + Value,
        DatabaseKind.Postgres => "postgres:" + Redact(Value),
        _ => "oracle:" + Redact(Value),
    };

    /// <summary>A connection string with its password removed, fit for logs, errors and help text.</summary>
    public static string Redact(string connectionString)
    {
        try
        {
            var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
            foreach (var key in builder.Keys.Cast<string>().ToList())
            {
                if (key.Equals("password", StringComparison.OrdinalIgnoreCase) || key.Equals("pwd", StringComparison.OrdinalIgnoreCase))
                {
                    builder[key] = "***";
                }
            }

            return builder.ConnectionString;
        }
        catch (ArgumentException)
        {
            return PasswordAssignment().Replace(connectionString, "$1=***");
        }
    }

    [GeneratedRegex(@"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex EnvironmentReference();

    [GeneratedRegex(@"(?i)(password|pwd)\s*=[^;]*")]
    private static partial Regex PasswordAssignment();
}
