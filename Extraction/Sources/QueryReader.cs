using System.Data.Common;

namespace RiskReporting.Extraction.Sources;

/// <summary>
/// The rows of one rule query as the session's reading thread takes them: from a SQLite source straight from the prepared
/// statement (<see cref="SqliteStatementReader"/>, issue #16), from any other provider through its <see cref="DbDataReader"/>.
/// Both give the values <see cref="DbDataReader.GetValue"/> gives (long, double, string, byte[], <see cref="DBNull"/>), so the
/// records and fingerprints do not depend on which one read them. Failures are the provider's <see cref="DbException"/>s.
/// </summary>
internal abstract class QueryReader : IDisposable
{
    public abstract int FieldCount { get; }

    public abstract string GetName(int ordinal);

    /// <summary>Moves to the next row; false after the last.</summary>
    public abstract bool Read();

    /// <summary>Every value of the current row.</summary>
    public abstract void GetValues(object[] values);

    public abstract object GetValue(int ordinal);

    public abstract void Dispose();

    /// <summary>Runs the command; its first row is stepped here, as ADO.NET readers do, so a query that fails at once fails here.</summary>
    public static QueryReader Execute(DbCommand command) =>
        SqliteStatementReader.TryExecute(command) ?? (QueryReader)new ProviderReader(command.ExecuteReader());

    /// <summary>What stops the command while it runs: for SQLite an interrupt of its connection, as its own command's Cancel does not stop a step.</summary>
    public static Action CancelOf(DbCommand command) =>
        command.Connection is Microsoft.Data.Sqlite.SqliteConnection { Handle: { } handle } ? () => SQLitePCL.raw.sqlite3_interrupt(handle) : command.Cancel;

    private sealed class ProviderReader(DbDataReader reader) : QueryReader
    {
        public override int FieldCount => reader.FieldCount;

        public override string GetName(int ordinal) => reader.GetName(ordinal);

        public override bool Read() => reader.Read();

        public override void GetValues(object[] values) => reader.GetValues(values);

        public override object GetValue(int ordinal) => reader.GetValue(ordinal);

        public override void Dispose() => reader.Dispose();
    }
}
