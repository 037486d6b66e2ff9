using System.IO.Abstractions;
using RiskReporting.Core.Configuration;
using RiskReporting.Core.Periods;
using RiskReporting.Extraction.Sources;
using RiskReporting.Testing;

namespace RiskReporting.Extraction.Tests;

/// <summary>A corrupt SQLite source fails when its session opens, naming the file and what PRAGMA quick_check found, not "SQLite Error 26" at the first query.</summary>
public sealed class CorruptSourceTests
{
    [Test]
    public void AGarbageFile_IsNamedAsNotAnSqliteDatabase()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("source.db");
        File.WriteAllBytes(path, [.. Enumerable.Range(0, 8192).Select(i => (byte)(i * 7))]);

        var error = Assert.Throws<ExtractionException>(() => SourceConnectionFactory.Open(new ConnectionTarget(DatabaseKind.Sqlite, path)))!;

        Assert.That(error.Message, Does.StartWith($"源数据库 (source database) {path} 已损坏或不是 SQLite 数据库 (PRAGMA quick_check)："));
    }

    [Test]
    public void ATruncatedFile_IsNamedAsCorrupt()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("source.db");
        using (var bank = new SourceBank(path))
        {
            bank.Customer("C1");
            for (var i = 0; i < 300; i++)
            {
                bank.Loan($"R{i:D4}", "C1", 1000m + i);
            }
        }

        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        var error = Assert.Throws<ExtractionException>(() => SourceConnectionFactory.Open(new ConnectionTarget(DatabaseKind.Sqlite, path)))!;

        Assert.That(error.Message, Does.Contain(path).And.Contain("PRAGMA quick_check"));
    }

    [Test]
    public void ARunOnATruncatedFile_FailsNamingTheFileAndQuickCheck_NotABareSqliteError()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("source.db");
        string inbox;
        DateOnly d;
        using (var bank = new SourceBank(path))
        {
            bank.Customer("C1");
            for (var i = 0; i < 3000; i++)
            {
                bank.Loan($"R{i:D5}", "C1", 1000m + i);
            }

            inbox = bank.EmptyLedger(directory.File("inbox"));
            d = bank.D;
        }

        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length * 2 / 3)]);
        var target = new ConnectionTarget(DatabaseKind.Sqlite, path);

        var error = Assert.Throws<ExtractionException>(() => new MonthEndExtraction(new FileSystem()).Run(target, ScenarioExtraction.Rules, inbox,
            new ExtractionSettings(new ReportingPeriod(d.Year, d.Month), 5000.00m)))!;

        Assert.That(error.Message, Does.StartWith($"源数据库 (source database) {path} 已损坏或不是 SQLite 数据库 (PRAGMA quick_check)："));
    }

    [Test]
    public void ARunOnAGarbageFile_FailsNamingTheFile()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("source.db");
        string inbox;
        DateOnly d;
        using (var bank = new SourceBank(path))
        {
            inbox = bank.EmptyLedger(directory.File("inbox"));
            d = bank.D;
        }

        File.WriteAllBytes(path, [.. Enumerable.Range(0, 8192).Select(i => (byte)(i * 7))]);
        var target = new ConnectionTarget(DatabaseKind.Sqlite, path);

        var error = Assert.Throws<ExtractionException>(() => new MonthEndExtraction(new FileSystem()).Run(target, ScenarioExtraction.Rules, inbox,
            new ExtractionSettings(new ReportingPeriod(d.Year, d.Month), 5000.00m)))!;

        Assert.That(error.Message, Does.StartWith($"源数据库 (source database) {path} 已损坏或不是 SQLite 数据库 (PRAGMA quick_check)："));
    }

    [Test]
    public void AHealthySource_Opens()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("source.db");
        new SourceBank(path).Dispose();

        using var connection = SourceConnectionFactory.Open(new ConnectionTarget(DatabaseKind.Sqlite, path));

        Assert.That(connection.State, Is.EqualTo(System.Data.ConnectionState.Open));
    }
}
