using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace RiskReporting.DemoBank.Tests;

/// <summary>Read access to a generated source.db for the invariant tests.</summary>
public sealed class SourceDatabase(string path) : IDisposable
{
    private readonly SqliteConnection _connection = Open(path);

    public IEnumerable<object?[]> Rows(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var values = new object?[reader.FieldCount];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            yield return values;
        }
    }

    public long Count(string sql) => Convert.ToInt64(Rows(sql).Single()[0], CultureInfo.InvariantCulture);

    /// <summary>A source amount as the spec reads it: the stored number rounded to its scale as a decimal.</summary>
    public static decimal Amount(object? value, int scale = 2) => Math.Round(Convert.ToDecimal(value, CultureInfo.InvariantCulture), scale, MidpointRounding.AwayFromZero);

    /// <summary>SHA-256 of every table's rows in a canonical order and rendering: the bank's fingerprint.</summary>
    public string CanonicalDigest()
    {
        var tables = Rows("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").Select(r => (string)r[0]!).ToList();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var table in tables)
        {
            var columns = Rows($"SELECT COUNT(*) FROM pragma_table_info('{table}')").Single()[0];
            var order = string.Join(", ", Enumerable.Range(1, Convert.ToInt32(columns, CultureInfo.InvariantCulture)));
            hash.AppendData(Encoding.UTF8.GetBytes("#" + table + "\n"));
            foreach (var row in Rows($"SELECT * FROM {table} ORDER BY {order}"))
            {
                hash.AppendData(Encoding.UTF8.GetBytes(string.Join('\u001f', row.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))) + "\n"));
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public void Dispose() => _connection.Dispose();

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
