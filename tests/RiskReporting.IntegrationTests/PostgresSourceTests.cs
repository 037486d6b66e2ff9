using System.IO.Abstractions;
using RiskReporting.Core.Configuration;
using RiskReporting.Core.Periods;
using RiskReporting.DemoBank;
using RiskReporting.Extraction;
using RiskReporting.Testing;

namespace RiskReporting.IntegrationTests;

/// <summary>The same rule files on SQLite and on PostgreSQL (the server .ci/run starts) give the same records.</summary>
public sealed class PostgresSourceTests
{
    [Test]
    public void SmallDemoBank_InSqliteAndInPostgres_GivesIdenticalRecordsForEveryPart()
    {
        var server = PostgresTestServer.RequireConnectionString();
        using var work = new TemporaryDirectory();
        var bank = DemoBankRuns.Generate(work, DemoBankSize.Small, plant: true);
        var postgres = PostgresCopy.CopyToNewDatabase(bank.SourceDatabase, server);
        var period = ReportingPeriod.Parse("202610");

        var fromSqlite = DemoBankRuns.Extract(bank, period);
        var fromPostgres = DemoBankRuns.Extract(bank, period, new ConnectionTarget(DatabaseKind.Postgres, postgres));

        Assert.That(fromPostgres.Records.Select(p => p.Key), Is.EquivalentTo(fromSqlite.Records.Select(p => p.Key)));
        Assert.Multiple(() =>
        {
            foreach (var (part, records) in fromSqlite.Records)
            {
                var other = fromPostgres.Records[part];
                Assert.That(other.Select(r => string.Join('|', r.Values)), Is.EqualTo(records.Select(r => string.Join('|', r.Values))), part);
            }

            Assert.That(fromPostgres.Cleansings, Is.EqualTo(fromSqlite.Cleansings));
            Assert.That(fromPostgres.ItemTotalsCny, Is.EquivalentTo(fromSqlite.ItemTotalsCny));
            Assert.That(fromSqlite.RecordCount, Is.GreaterThan(30_000));
        });
    }
}
