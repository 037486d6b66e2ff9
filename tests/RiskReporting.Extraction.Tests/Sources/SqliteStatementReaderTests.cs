using Microsoft.Data.Sqlite;
using RiskReporting.Extraction.Rules;
using RiskReporting.Extraction.Sources;
using RiskReporting.Testing;

namespace RiskReporting.Extraction.Tests.Sources;

/// <summary>
/// A SQLite source is read straight from its statements (issue #16). The values must be those the provider's reader gives, so
/// that records and fingerprints do not change; what the fast reader does not do as the provider does is left to the provider.
/// </summary>
public sealed class SqliteStatementReaderTests
{
    private const string EveryKind = "SELECT 42, -9223372036854775808, 2.5, 1e300, 'text', '中文', 'a' || char(0) || 'b', '', x'00ff10', x'', NULL, @d";

    [Test]
    public void TheStatementReader_GivesEveryKindOfValueAsTheProvidersReaderDoes()
    {
        using var connection = Open(":memory:");
        using var command = Command(connection, EveryKind, ("d", "2026-10-31"));

        using var reader = QueryReader.Execute(command);
        var fast = new object[reader.FieldCount];
        Assert.That(reader.Read(), Is.True);
        reader.GetValues(fast);
        var more = reader.Read();

        using var provider = command.ExecuteReader();
        var expected = new object[provider.FieldCount];
        provider.Read();
        provider.GetValues(expected);

        Assert.Multiple(() =>
        {
            Assert.That(reader, Is.InstanceOf<SqliteStatementReader>(), "a single SELECT with a text parameter takes the fast path");
            Assert.That(fast.Select(v => v.GetType()), Is.EqualTo(expected.Select(v => v.GetType())));
            Assert.That(fast, Is.EqualTo(expected));
            Assert.That(((string)fast[6]).Length, Is.EqualTo(3), "a NUL inside text is kept, as the provider keeps it");
            Assert.That(Enumerable.Range(0, reader.FieldCount).Select(reader.GetName), Is.EqualTo(Enumerable.Range(0, provider.FieldCount).Select(provider.GetName)));
            Assert.That(more, Is.False);
        });
    }

    [Test]
    public void RowsOfRepeatedAndUniqueShortTexts_ReadAsTheProvidersReaderReadsThem_RowForRow()
    {
        // Codes that repeat; short texts that never do (the column stops looking them up); texts past the short length;
        // repeats that turn unique after the trial (past the cache's capacity); bytes that are not UTF-8; small and large integers.
        const string Rows = "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 19999) " +
            "SELECT 'C' || (i % 7), 'U' || i, printf('%020d', i % 3), CASE WHEN i < 5000 THEN 'R' || (i % 10) ELSE '唯' || i END, " +
            "CAST(x'ff41' AS TEXT) || (i % 2), '中文' || (i % 3), i % 1030 - 2, i * 1000003, @d FROM n";
        using var connection = Open(":memory:");
        using var command = Command(connection, Rows, ("d", "2026-10-31"));

        using var reader = QueryReader.Execute(command);
        using var provider = command.ExecuteReader();
        var (fast, expected, rows, differing) = (new object[9], new object[9], 0, new List<int>());
        while (reader.Read())
        {
            Assert.That(provider.Read(), Is.True);
            reader.GetValues(fast);
            provider.GetValues(expected);
            if (!fast.SequenceEqual(expected) || !fast.Select(v => v.GetType()).SequenceEqual(expected.Select(v => v.GetType())))
            {
                differing.Add(rows);
            }

            rows++;
        }

        Assert.Multiple(() =>
        {
            Assert.That(reader, Is.InstanceOf<SqliteStatementReader>());
            Assert.That(rows, Is.EqualTo(20_000));
            Assert.That(provider.Read(), Is.False);
            Assert.That(differing, Is.Empty, "rows whose values differ from the provider's");
        });
    }

    [Test]
    public void WhatTheStatementReaderDoesNotDo_IsLeftToTheProvider_WhichFailsOrReadsAsItAlwaysDid()
    {
        using var connection = Open(":memory:");
        using var twoStatements = Command(connection, "SELECT 1; SELECT 2", ("d", "2026-10-31"));
        using var missing = Command(connection, "SELECT @d, @other", ("d", "2026-10-31"));
        using var notText = Command(connection, "SELECT @d", ("d", 7));
        using var broken = Command(connection, "SELECT * FROM no_such_table");

        Assert.Multiple(() =>
        {
            using (var reader = QueryReader.Execute(twoStatements))
            {
                Assert.That(reader, Is.Not.InstanceOf<SqliteStatementReader>());
            }

            Assert.That(() => QueryReader.Execute(missing).Dispose(), Throws.InvalidOperationException.With.Message.Contains("@other"), "the provider's own refusal");
            using (var reader = QueryReader.Execute(notText))
            {
                Assert.That(reader.Read() ? reader.GetValue(0) : null, Is.EqualTo(7L));
            }

            Assert.That(() => QueryReader.Execute(broken).Dispose(), Throws.InstanceOf<SqliteException>().With.Message.Contains("no such table: no_such_table"));
        });
    }

    [Test]
    public void ACancelledRead_InterruptsAQueryStillWorkingOnItsFirstRow()
    {
        using var directory = new TemporaryDirectory();
        using (var create = Open(directory.File("source.db")))
        {
            using var table = Command(create, "CREATE TABLE t (x INTEGER)");
            table.ExecuteNonQuery();
        }

        // Counting ten billion generated rows takes hours: only an interrupt of the step ends it.
        var endless = new RuleQuery("gl_balances", "gl_balances.sql",
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000000000) " +
            "SELECT '100001' AS branch_code, 'S1' AS subject_code, count(*) AS balance_cny FROM n WHERE @d IS NOT NULL");
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        using var session = new SourceSession(Open(directory.File("source.db")), SourceDialect.For("Microsoft.Data.Sqlite"), new DateOnly(2026, 10, 31), cancellationToken: cancel.Token);

        Assert.That(() => session.Rows(endless).Count(), Throws.InstanceOf<OperationCanceledException>().With.Message.Contains("gl_balances.sql"));
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        return connection;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
