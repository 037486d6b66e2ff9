using System.IO.Abstractions;
using RiskReporting.Core.Configuration;
using RiskReporting.Core.Periods;
using RiskReporting.Testing;

namespace RiskReporting.Extraction.Tests;

/// <summary>A source that refuses connections is retried with backoff for a bounded time; a misconfigured one fails at once.</summary>
public sealed class SourceRetryTests
{
    [Test]
    public void PostgresThatRefusesConnections_IsRetried_ThenTheRunFailsNamingTheCause()
    {
        using var directory = new TemporaryDirectory();
        using var bank = new SourceBank(directory.File("unused.db"));
        var inbox = bank.EmptyLedger(directory.File("inbox"));
        var extraction = new MonthEndExtraction(new FileSystem()) { SourceRetry = TimeSpan.FromSeconds(2) };
        var nobodyListens = new ConnectionTarget(DatabaseKind.Postgres, "Host=127.0.0.1;Port=1;Username=crrs;Password=Secret-1;Timeout=2");

        var error = Assert.Throws<ExtractionException>(() => extraction.Run(nobodyListens, ScenarioExtraction.Rules, inbox, new ExtractionSettings(ReportingPeriod.Parse("202610"), 5000m)))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Does.Contain("无法打开数据源 (cannot open the source) postgres:").And.Contain("放弃 (gave up)"));
            Assert.That(error.Message, Does.Not.Contain("Secret-1"));
        });
    }

    [Test]
    public void MissingSqliteSource_FailsAtOnceWithoutRetrying()
    {
        using var directory = new TemporaryDirectory();
        using var bank = new SourceBank(directory.File("unused.db"));
        var inbox = bank.EmptyLedger(directory.File("inbox"));
        var extraction = new MonthEndExtraction(new FileSystem()) { SourceRetry = TimeSpan.FromSeconds(30) };

        var error = Assert.Throws<ExtractionException>(() => extraction.Run(new ConnectionTarget(DatabaseKind.Sqlite, directory.File("nowhere.db")),
            ScenarioExtraction.Rules, inbox, new ExtractionSettings(ReportingPeriod.Parse("202610"), 5000m)))!;

        Assert.That(error.Message, Does.Contain("nowhere.db").And.Not.Contain("放弃 (gave up)"));
    }
}
