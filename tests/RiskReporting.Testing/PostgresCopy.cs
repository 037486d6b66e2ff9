using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using RiskReporting.Core.Spec;

namespace RiskReporting.Testing;

/// <summary>
/// Copies a source database in the reference schema from SQLite into a new PostgreSQL database: the schema
/// from the spec's DDL as shipped, the rows by binary COPY, each value converted to its PostgreSQL column type.
/// </summary>
public static class PostgresCopy
{
    public static string CopyToNewDatabase(string sqlitePath, string serverConnectionString)
    {
        var database = "rr_source_" + Guid.NewGuid().ToString("N")[..10];
        using (var admin = new NpgsqlConnection(serverConnectionString))
        {
            admin.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
            create.ExecuteNonQuery();
        }

        var target = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = database }.ConnectionString;
        using var pg = new NpgsqlConnection(target);
        pg.Open();
        using (var schema = new NpgsqlCommand(SpecResources.SourceSchemaSql, pg))
        {
            schema.ExecuteNonQuery();
        }

        using var sqlite = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = sqlitePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        sqlite.Open();
        // Parents before children, so that the foreign keys of the spec's DDL hold during the copy.
        foreach (var table in new[] { "branch", "customer", "customer_financials", "customer_group", "group_member", "related_person", "shareholder", "related_enterprise",
                     "credit_line", "credit_line_split", "loan", "loan_month_end", "bond_holding", "bond_month_end", "equity_holding", "equity_month_end",
                     "off_balance", "off_balance_month_end", "guarantee_contract", "guarantee_link", "risk_signal", "retail_loan", "retail_month_end", "fx_rate", "gl_balance" })
        {
            CopyTable(sqlite, pg, table);
        }

        return target;
    }

    private static void CopyTable(SqliteConnection sqlite, NpgsqlConnection pg, string table)
    {
        var columns = new List<(string Name, string Type, int Scale)>();
        using (var info = new NpgsqlCommand("SELECT column_name, data_type, COALESCE(numeric_scale, 0) FROM information_schema.columns WHERE table_name = @t ORDER BY ordinal_position", pg))
        {
            info.Parameters.AddWithValue("t", table);
            using var reader = info.ExecuteReader();
            while (reader.Read())
            {
                columns.Add((reader.GetString(0), reader.GetString(1), reader.GetInt32(2)));
            }
        }

        using var select = sqlite.CreateCommand();
        select.CommandText = $"SELECT {string.Join(", ", columns.Select(c => c.Name))} FROM {table}";
        using var rows = select.ExecuteReader();
        using var copy = pg.BeginBinaryImport($"COPY {table} ({string.Join(", ", columns.Select(c => c.Name))}) FROM STDIN (FORMAT BINARY)");
        while (rows.Read())
        {
            copy.StartRow();
            for (var i = 0; i < columns.Count; i++)
            {
                if (rows.IsDBNull(i))
                {
                    copy.WriteNull();
                    continue;
                }

                var (_, type, scale) = columns[i];
                switch (type)
                {
                    case "date":
                        copy.Write(DateOnly.Parse(rows.GetString(i), System.Globalization.CultureInfo.InvariantCulture), NpgsqlDbType.Date);
                        break;
                    case "numeric":
                        copy.Write(Math.Round(Convert.ToDecimal(rows.GetValue(i), System.Globalization.CultureInfo.InvariantCulture), scale, MidpointRounding.AwayFromZero), NpgsqlDbType.Numeric);
                        break;
                    case "integer":
                        copy.Write(Convert.ToInt32(rows.GetValue(i), System.Globalization.CultureInfo.InvariantCulture), NpgsqlDbType.Integer);
                        break;
                    default:
                        copy.Write(Convert.ToString(rows.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!, NpgsqlDbType.Varchar);
                        break;
                }
            }
        }

        copy.Complete();
    }
}
