using System.Data.Common;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using RiskReporting.Core.Text;
using SQLitePCL;

namespace RiskReporting.Extraction.Sources;

/// <summary>
/// A rule query on a SQLite source read straight from its prepared statement, on the session's connection and so inside its
/// transaction (issue #16). Taking a value through <see cref="SqliteDataReader"/> costs three guarded native calls and the
/// reader's checks; here each is one call into the same e_sqlite3 library without the GC transition, which SQLite's column
/// accessors allow (they neither block nor call back). The values are those <see cref="SqliteDataReader.GetValue"/> gives.
/// Anything this reader does not do as the provider does (several statements, a parameter it was not given, a value that is
/// not text) is left to the provider's reader, which then fails or reads as it always did.
/// </summary>
internal sealed class SqliteStatementReader : QueryReader
{
    private const int BusyRetryMilliseconds = 150;
    private static readonly bool Available = Probe();

    /// <summary>The integers -1 to 1024 boxed once: flags, counts, days and codes that every row repeats (issue #16).</summary>
    private static readonly object[] SmallIntegers = [.. Enumerable.Range(-1, 1026).Select(i => (object)(long)i)];

    private readonly SqliteConnection _connection;
    private readonly sqlite3_stmt _statement;
    private readonly IntPtr _handle;
    private readonly RepeatedTexts?[] _texts;
    private readonly byte[] _short = new byte[RepeatedTexts.MaxBytes];
    private bool _stepped;
    private bool _hasRow;

    private SqliteStatementReader(SqliteConnection connection, sqlite3_stmt statement)
    {
        _connection = connection;
        _statement = statement;
        _handle = statement.DangerousGetHandle();
        FieldCount = raw.sqlite3_column_count(statement);
        _texts = new RepeatedTexts?[FieldCount];
    }

    public override int FieldCount { get; }

    /// <summary>The reader of the command when it is a single statement on an open SQLite connection with text parameters; null otherwise.</summary>
    public static SqliteStatementReader? TryExecute(DbCommand command)
    {
        if (!Available || command.Connection is not SqliteConnection { Handle: { } db } connection)
        {
            return null;
        }

        if (raw.sqlite3_prepare_v2(db, command.CommandText, out var statement, out var tail) != raw.SQLITE_OK || statement.IsInvalid || !IsBlank(tail)
            || !Bind(statement, command.Parameters))
        {
            statement.Dispose();
            return null;
        }

        var reader = new SqliteStatementReader(connection, statement);
        try
        {
            reader._hasRow = reader.Step(retryBusy: true);
            return reader;
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    public override string GetName(int ordinal) => raw.sqlite3_column_name(_statement, ordinal).utf8_to_string();

    public override bool Read()
    {
        if (!_stepped)
        {
            _stepped = true;
            return _hasRow;
        }

        return _hasRow && (_hasRow = Step(retryBusy: false));
    }

    public override void GetValues(object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = GetValue(i);
        }
    }

    public override object GetValue(int ordinal) => Native.sqlite3_column_type(_handle, ordinal) switch
    {
        raw.SQLITE_INTEGER => Integer(Native.sqlite3_column_int64(_handle, ordinal)),
        raw.SQLITE_FLOAT => Native.sqlite3_column_double(_handle, ordinal),
        raw.SQLITE_NULL => DBNull.Value,
        raw.SQLITE_TEXT => Text(ordinal),
        _ => Blob(ordinal),
    };

    public override void Dispose() => _statement.Dispose();

    private string Text(int ordinal)
    {
        // Text before its length: asking for the length first may convert the value (SQLite's rule for these accessors).
        var text = Native.sqlite3_column_text(_handle, ordinal);
        var bytes = Native.sqlite3_column_bytes(_handle, ordinal);
        if (text == IntPtr.Zero)
        {
            throw Failure(raw.SQLITE_NOMEM);
        }

        if (bytes <= RepeatedTexts.MaxBytes)
        {
            Marshal.Copy(text, _short, 0, bytes);
            return (_texts[ordinal] ??= new RepeatedTexts()).Get(_short.AsSpan(0, bytes));
        }

        return Marshal.PtrToStringUTF8(text, bytes);
    }

    private static object Integer(long value) => (ulong)(value + 1) < (ulong)SmallIntegers.Length ? SmallIntegers[value + 1] : value;

    private byte[] Blob(int ordinal)
    {
        var blob = Native.sqlite3_column_blob(_handle, ordinal);
        var value = new byte[Native.sqlite3_column_bytes(_handle, ordinal)];
        if (value.Length > 0)
        {
            Marshal.Copy(blob, value, 0, value.Length);
        }

        return value;
    }

    /// <summary>One step; a source busy with a writer is waited for on the first step, as the provider's reader does.</summary>
    private bool Step(bool retryBusy)
    {
        while (true)
        {
            var rc = raw.sqlite3_step(_statement);
            switch (rc)
            {
                case raw.SQLITE_ROW:
                    return true;
                case raw.SQLITE_DONE:
                    return false;
                case raw.SQLITE_BUSY or raw.SQLITE_LOCKED when retryBusy:
                    raw.sqlite3_reset(_statement);
                    Thread.Sleep(BusyRetryMilliseconds);
                    continue;
                default:
                    throw Failure(rc);
            }
        }
    }

    private SqliteException Failure(int rc)
    {
        try
        {
            SqliteException.ThrowExceptionForRC(rc, _connection.Handle);
        }
        catch (SqliteException e)
        {
            return e;
        }

        return new SqliteException($"SQLite Error {rc}.", rc);
    }

    private static bool IsBlank(string? tail) => string.IsNullOrEmpty(tail) || tail.All(c => char.IsWhiteSpace(c) || c == ';');

    /// <summary>Binds each parameter of the statement by name ("@d" takes the command's "d"); false when one is missing or is not text.</summary>
    private static bool Bind(sqlite3_stmt statement, DbParameterCollection parameters)
    {
        for (var i = 1; i <= raw.sqlite3_bind_parameter_count(statement); i++)
        {
            var name = raw.sqlite3_bind_parameter_name(statement, i).utf8_to_string();
            var parameter = parameters.Cast<DbParameter>().FirstOrDefault(p => name is { Length: > 1 } && (p.ParameterName == name || p.ParameterName == name[1..]));
            if (parameter?.Value is not string text || raw.sqlite3_bind_text(statement, i, text) != raw.SQLITE_OK)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the column accessors can be called directly (the bundled e_sqlite3 is the library SQLitePCL uses).</summary>
    private static bool Probe()
    {
        try
        {
            return raw.GetNativeLibraryName() == "e_sqlite3" && Native.sqlite3_libversion_number() == raw.sqlite3_libversion_number();
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    private static class Native
    {
        private const string Library = "e_sqlite3";

        [DllImport(Library), SuppressGCTransition]
        public static extern int sqlite3_column_type(IntPtr statement, int ordinal);

        [DllImport(Library), SuppressGCTransition]
        public static extern long sqlite3_column_int64(IntPtr statement, int ordinal);

        [DllImport(Library), SuppressGCTransition]
        public static extern double sqlite3_column_double(IntPtr statement, int ordinal);

        [DllImport(Library), SuppressGCTransition]
        public static extern IntPtr sqlite3_column_text(IntPtr statement, int ordinal);

        [DllImport(Library), SuppressGCTransition]
        public static extern IntPtr sqlite3_column_blob(IntPtr statement, int ordinal);

        [DllImport(Library), SuppressGCTransition]
        public static extern int sqlite3_column_bytes(IntPtr statement, int ordinal);

        [DllImport(Library)]
        public static extern int sqlite3_libversion_number();
    }
}
