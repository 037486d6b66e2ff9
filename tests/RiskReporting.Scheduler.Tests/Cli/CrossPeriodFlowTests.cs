using Microsoft.Data.Sqlite;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Runs;
using RiskReporting.Core.State;
using RiskReporting.Store;

namespace RiskReporting.Scheduler.Tests.Cli;

/// <summary>The planted bank's cross-period cases, the way an operator meets them: P−1 run and approved, the source changes, P run.</summary>
public sealed class CrossPeriodFlowTests
{
    [Test]
    public async Task PlantedBank_AfterAnApprovedPreviousPeriod_ReportsEveryCrossPeriodCaseAtItsKey()
    {
        using var folder = RiskReportProcess.NewFolder();
        RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "tiny", "--plant");
        CliUsers.Operator(folder.Path, "--config", "bank/appsettings.json");
        var previous = RiskReportProcess.Run(folder.Path, "run", "--period", "202609", "--config", "bank/appsettings.json");
        Assert.That(previous.ExitCode, Is.Zero, "the period before the planted one is clean: " + previous.Error);

        // Approval arrives with the scheduler issue (#6); until then the test approves through the state store.
        var store = new SqliteStateStore(folder.File("bank/work/state.db"), TimeProvider.System);
        var run = (await store.ListRunsAsync(ReportingPeriod.Parse("202609"))).Single();
        await store.UpdateRunAsync(run with { State = RunState.Approved });
        using (var source = new SqliteConnection($"Data Source={folder.File("bank/source.db")};Pooling=False"))
        {
            source.Open();
            using var change = source.CreateCommand();
            change.CommandText = File.ReadAllText(folder.File("bank/planted-changes.sql"));
            change.ExecuteNonQuery();
        }

        var current = RiskReportProcess.Run(folder.Path, "run", "--period", "202610", "--config", "bank/appsettings.json");
        var findings = File.ReadAllLines(folder.File("bank/work/202610/01/findings.csv")).Select(l => string.Join(',', l.Split(',').Take(4).Where((_, i) => i != 1))).ToHashSet();
        var planted = File.ReadAllLines(folder.File("bank/planted.csv")).Where(l => l.StartsWith("TS-KQ", StringComparison.Ordinal) || l.StartsWith("TJ-KQ", StringComparison.Ordinal)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(current.ExitCode, Is.EqualTo(3), "the last period carries the planted ERROR cases");
            Assert.That(current.Output, Does.Contain("202609"));
            Assert.That(planted, Has.Count.EqualTo(6));
            Assert.That(planted.Where(p => !findings.Contains(p)), Is.Empty);
        });
    }
}
