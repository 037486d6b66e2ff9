using System.Data.Common;
using System.Globalization;

namespace RiskReporting.Store;

/// <summary>Reads a column the way every provider returns it (SQLite gives 64-bit integers, PostgreSQL what the column says).</summary>
internal static class Columns
{
    public static string? Text(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static int Int32(this DbDataReader reader, int ordinal) => Convert.ToInt32(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    public static long Int64(this DbDataReader reader, int ordinal) => Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    /// <summary>A 0/1 flag column.</summary>
    public static bool Flag(this DbDataReader reader, int ordinal) => reader.Int64(ordinal) == 1;

    public static DateTimeOffset Time(this DbDataReader reader, int ordinal) => StoredTime.Parse(reader.GetString(ordinal));

    public static DateTimeOffset? NullableTime(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.Time(ordinal);
}
