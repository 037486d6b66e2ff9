using System.Globalization;
using Microsoft.Data.Sqlite;

namespace RiskReporting.DemoBank.Source;

/// <summary>
/// One prepared INSERT of the source schema, reused for every row: the only way to fill millions of rows
/// quickly without holding them. Dates are written as 'YYYY-MM-DD' text, as the schema says for SQLite.
/// </summary>
public sealed class TableWriter : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _parameters;

    public TableWriter(SqliteTransaction transaction, string table, params string[] columns)
    {
        Table = table;
        _command = transaction.Connection!.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)))})";
        _parameters = [.. columns.Select((_, i) => _command.Parameters.Add(new SqliteParameter("$p" + i.ToString(CultureInfo.InvariantCulture), null)))];
        _command.Prepare();
    }

    public string Table { get; }

    public long Rows { get; private set; }

    public void Add(params object?[] values)
    {
        for (var i = 0; i < _parameters.Length; i++)
        {
            _parameters[i].Value = values[i] switch
            {
                null => DBNull.Value,
                DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                decimal amount => (double)amount,
                var other => other,
            };
        }

        _command.ExecuteNonQuery();
        Rows++;
    }

    public void Dispose() => _command.Dispose();
}
