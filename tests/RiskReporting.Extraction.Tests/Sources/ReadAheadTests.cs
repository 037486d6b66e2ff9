using Microsoft.Data.Sqlite;
using RiskReporting.Extraction.Rules;
using RiskReporting.Extraction.Sources;
using RiskReporting.Testing;

namespace RiskReporting.Extraction.Tests.Sources;

/// <summary>
/// A query's rows are read on another thread ahead of the caller (issue #16); the caller still sees every row once, in the
/// query's order, numbered, with the same fingerprint, and can stop partway and read the next query on the same session.
/// </summary>
public sealed class ReadAheadTests
{
    private const int Rows = 5_000;
    private static readonly DateOnly D = new(2026, 10, 31);
    private static readonly RuleQuery Ledger = new("gl_balances", "gl_balances.sql",
        "SELECT branch_code, subject_code, balance_cny FROM gl_balance WHERE as_of = @d ORDER BY subject_code");

    [Test]
    public void RowsReadAhead_ArriveInTheQuerysOrder_EachOnceAndNumbered_WithTheFingerprintOfAnInlineRead()
    {
        using var directory = new TemporaryDirectory();
        var database = Source(directory.File("source.db"));
        using var session = Session(database);

        var seen = session.Rows(Ledger).Select(r => (r.Number, r.RequiredText("subject_code"), r.Amount("balance_cny"))).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(seen.Select(s => s.Number), Is.EqualTo(Enumerable.Range(1, Rows).Select(i => (long)i)));
            Assert.That(seen.Select(s => s.Item2), Is.EqualTo(Enumerable.Range(0, Rows).Select(Subject)), "in the query's order");
            Assert.That(seen.Select(s => s.Item3), Is.EqualTo(Enumerable.Range(0, Rows).Select(Balance)));
            Assert.That(session.RowsRead, Is.EqualTo(Rows));
            Assert.That(session.Fingerprints["gl_balances"].Rows, Is.EqualTo(Rows));
            Assert.That(session.Fingerprints["gl_balances"].Sha256, Is.EqualTo(InlineDigest(database)), "the same bytes hashed as one row at a time on one thread");
        });
    }

    [Test]
    public void AProjectedRead_GivesTheProjectedColumnsOfEveryRow_AndLeavesTheFingerprintToTheFirstFullRead()
    {
        using var directory = new TemporaryDirectory();
        var database = Source(directory.File("source.db"));
        using var session = Session(database);

        var projected = session.Rows(Ledger, ["balance_cny"]).Select(r => (r.Number, r.Amount("balance_cny"), r.RequiredText("subject_code"))).ToList();
        var fingerprintAfterProjected = session.Fingerprints.ContainsKey("gl_balances");
        var full = session.Rows(Ledger).Count();

        Assert.Multiple(() =>
        {
            Assert.That(projected.Select(p => p.Number), Is.EqualTo(Enumerable.Range(1, Rows).Select(i => (long)i)));
            Assert.That(projected.Select(p => p.Item2), Is.EqualTo(Enumerable.Range(0, Rows).Select(Balance)));
            Assert.That(projected.Select(p => p.Item3), Is.EqualTo(Enumerable.Range(0, Rows).Select(Subject)), "the key columns are always taken, for the errors that name them");
            Assert.That(fingerprintAfterProjected, Is.False, "a projected read hashes only part of each row, so it takes no fingerprint");
            Assert.That(full, Is.EqualTo(Rows));
            Assert.That(session.Fingerprints["gl_balances"].Sha256, Is.EqualTo(InlineDigest(database)), "the full read after it takes the whole rows' fingerprint");
            Assert.That(session.RowsRead, Is.EqualTo(2 * Rows), "both passes count");
        });
    }

    [Test]
    public void AProjectedRow_AskedForAColumnOutsideItsProjection_FailsInsteadOfReadingNull()
    {
        using var directory = new TemporaryDirectory();
        using var session = Session(Source(directory.File("ledger.db")));
        var ledger = Ledger with { Sql = "SELECT branch_code, subject_code, balance_cny, 'x' AS note FROM gl_balance WHERE as_of = @d ORDER BY subject_code" };

        Assert.Multiple(() =>
        {
            Assert.That(() => session.Rows(ledger, ["subject_code"]).First().Amount("balance_cny"), Throws.InstanceOf<KeyNotFoundException>());
            Assert.That(() => session.Rows(ledger, ["note"]).Count(), Throws.Nothing, "a column beyond the contract that the query returns can be projected");
            Assert.That(() => session.Rows(Ledger, ["note"]).Count(), Throws.InvalidOperationException.With.Message.Contains("gl_balances.sql"));
        });
    }

    [Test]
    public void ACallerThatStopsPartway_LeavesTheSessionReadyForTheNextQuery()
    {
        using var directory = new TemporaryDirectory();
        using var session = Session(Source(directory.File("source.db")));

        var first = session.Rows(Ledger).Take(700).Count();
        var failed = Assert.Throws<ExtractionException>(() =>
        {
            foreach (var row in session.Rows(Ledger))
            {
                if (row.Number == 1_500)
                {
                    throw new ExtractionException("the caller's own failure");
                }
            }
        });
        var again = session.Rows(Ledger).Count();

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo(700));
            Assert.That(failed!.Message, Is.EqualTo("the caller's own failure"));
            Assert.That(again, Is.EqualTo(Rows), "the connection is free again once an abandoned read has stopped");
        });
    }

    [Test]
    public void ACancelledRead_StopsWithinTheQuery()
    {
        using var directory = new TemporaryDirectory();
        using var cancel = new CancellationTokenSource();
        using var session = Session(Source(directory.File("source.db")), cancel.Token);
        var taken = 0;

        Assert.That(() =>
        {
            foreach (var _ in session.Rows(Ledger))
            {
                if (++taken == 2_000)
                {
                    cancel.Cancel();
                }
            }
        }, Throws.InstanceOf<OperationCanceledException>());
        Assert.That(taken, Is.EqualTo(2_000), "no row is handed out after the cancellation");
    }

    private static string Subject(int i) => $"S{i:D5}";

    private static decimal Balance(int i) => i * 100.25m;

    private static string Source(string path)
    {
        using var bank = new SourceBank(path);
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO gl_balance (as_of, branch_code, subject_code, balance_cny) VALUES ('2026-10-31', '100001', $s, $b)";
        var subject = insert.Parameters.Add("$s", SqliteType.Text);
        var balance = insert.Parameters.Add("$b", SqliteType.Real);
        for (var i = 0; i < Rows; i++)
        {
            (subject.Value, balance.Value) = (Subject(i), (double)Balance(i));
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        return path;
    }

    private static SourceSession Session(string path, CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        return new SourceSession(connection, SourceDialect.For("Microsoft.Data.Sqlite"), D, cancellationToken: cancellationToken);
    }

    /// <summary>The digest of the query read the plain way: one row at a time, on the calling thread.</summary>
    private static string InlineDigest(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = Ledger.Sql;
        command.Parameters.AddWithValue("d", "2026-10-31");
        using var reader = command.ExecuteReader();
        using var digest = new SourceDigest();
        var values = new object[reader.FieldCount];
        var rows = 0L;
        while (reader.Read())
        {
            reader.GetValues(values);
            digest.Add(values);
            rows++;
        }

        return digest.Finish(rows).Sha256;
    }
}
