using System.Text.Json.Nodes;
using RiskReporting.Core.Calendar;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Runs;
using RiskReporting.Core.State;
using RiskReporting.Store;

namespace RiskReporting.Scheduler.Tests.Cli;

/// <summary>A run killed outright (SIGKILL) and started again ends as if it had never been interrupted.</summary>
public sealed class ResumeAfterKillTests
{
    [Test]
    public async Task RunKilledDuringExtractionAndDuringPackageWriting_GivesThePackageOfAnUninterruptedRun()
    {
        using var reference = RiskReportProcess.NewFolder();
        RiskReportProcess.Run(reference.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "small");
        CliUsers.Operator(reference.Path, "--config", "bank/appsettings.json");
        Assert.That(RiskReportProcess.Run(reference.Path, "run", "--period", "202610", "--config", "bank/appsettings.json").ExitCode, Is.Zero);
        var expected = File.ReadAllBytes(reference.File("bank/work/202610/01/B0001H111000001_KHFX_20261031_01.zip"));

        using var folder = RiskReportProcess.NewFolder();
        RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "small");
        CliUsers.Operator(folder.Path, "--config", "bank/appsettings.json");
        var batch = folder.File("bank/work/202610/01");
        KillWhen(folder.Path, () => File.Exists(Path.Combine(batch, "run.log")) && File.ReadAllText(Path.Combine(batch, "run.log")).Contains("(started by)", StringComparison.Ordinal)
            && !File.ReadAllText(Path.Combine(batch, "run.log")).Contains("snapshot stored", StringComparison.Ordinal));
        KillWhen(folder.Path, () => Directory.Exists(batch) && Directory.GetFiles(batch, "*.zip.tmp").Length > 0);
        var finished = RiskReportProcess.Run(folder.Path, "run", "--period", "202610", "--config", "bank/appsettings.json");

        var store = new SqliteStateStore(folder.File("bank/work/state.db"), TimeProvider.System);
        var runs = await store.ListRunsAsync(new ReportingPeriod(2026, 10));
        Assert.Multiple(() =>
        {
            Assert.That(finished.ExitCode, Is.Zero, finished.Error);
            Assert.That(File.ReadAllBytes(Path.Combine(batch, "B0001H111000001_KHFX_20261031_01.zip")), Is.EqualTo(expected));
            Assert.That(runs.Select(r => (r.Batch, r.State.ToString())), Is.EqualTo(new[] { (1, "AwaitingApproval") }));
            Assert.That(Directory.GetFiles(batch).Select(Path.GetFileName).Order(), Is.EqualTo(new[] { "B0001H111000001_KHFX_20261031_01.zip", "findings.csv", "findings.xlsx", "run.log" }));
            Assert.That(File.ReadAllText(Path.Combine(batch, "run.log")), Does.Contain("interrupted while"));
        });
    }

    [Test]
    public void RunKilledAfterItsSnapshotWasStored_GoesOnFromTheStoredSnapshot_NotFromASourceThatChangedSince()
    {
        using var reference = RiskReportProcess.NewFolder();
        RiskReportProcess.Run(reference.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "small");
        CliUsers.Operator(reference.Path, "--config", "bank/appsettings.json");
        RiskReportProcess.Run(reference.Path, "run", "--period", "202610", "--config", "bank/appsettings.json");
        var expected = File.ReadAllBytes(reference.File("bank/work/202610/01/B0001H111000001_KHFX_20261031_01.zip"));
        using var folder = RiskReportProcess.NewFolder();
        RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "small");
        CliUsers.Operator(folder.Path, "--config", "bank/appsettings.json");
        var batch = folder.File("bank/work/202610/01");
        var package = Path.Combine(batch, "B0001H111000001_KHFX_20261031_01.zip");

        KillWhen(folder.Path, () => SnapshotStored(batch));
        ChangeEveryLoanBalance(folder.File("bank/source.db"));
        var resumed = RiskReportProcess.Run(folder.Path, "run", "--period", "202610", "--config", "bank/appsettings.json");
        var resumedPackage = File.ReadAllBytes(package);
        var log = File.ReadAllText(Path.Combine(batch, "run.log"));
        var rerun = RiskReportProcess.Run(folder.Path, "run", "--period", "202610", "--config", "bank/appsettings.json");

        Assert.Multiple(() =>
        {
            Assert.That(resumed.ExitCode, Is.Zero, resumed.Error);
            Assert.That(log, Does.Contain("从校验起接续 (resumed from validation)，中断于 (interrupted while) 校验中 (VALIDATING)"));
            Assert.That(resumedPackage, Is.EqualTo(expected), "the stored snapshot, not the changed source");
            Assert.That(rerun.ExitCode, Is.EqualTo(3), "a finished run is replaced by a new extraction, which reads the changed source");
            Assert.That(File.ReadAllText(Path.Combine(batch, "findings.csv")), Does.Contain("HN-001,ERROR,"), "the changed loans no longer agree with the general ledger");
        });
    }

    [Test]
    public async Task RunKilledAfterItsSnapshotWasStored_IsFinishedByTheSchedulerWhenItComesBack()
    {
        var reported = ReportingPeriod.ReportedOn(ReportingDeadline.ShanghaiDay(TimeProvider.System.GetUtcNow()));
        using var folder = RiskReportProcess.NewFolder();
        RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "small", "--periods", $"{reported.Previous},{reported}");
        CliUsers.Operator(folder.Path, "--config", "bank/appsettings.json");
        var batch = folder.File($"bank/work/{reported}/01");
        KillWhen(folder.Path, () => SnapshotStored(batch), reported.ToString());
        var store = new SqliteStateStore(folder.File("bank/work/state.db"), TimeProvider.System);
        var killed = (await store.ListRunsAsync(reported)).Single();
        var settings = JsonNode.Parse(File.ReadAllText(folder.File("bank/appsettings.json")))!;
        settings["Scheduler"] = new JsonObject { ["Cron"] = "0/2 * * * * ?", ["FirstPeriod"] = reported.ToString(), ["IdleWaitSeconds"] = 1 };
        File.WriteAllText(folder.File("bank/scheduler.json"), settings.ToJsonString());

        var scheduler = RiskReportProcess.Run(folder.Path, "scheduler", "--config", "bank/scheduler.json", "--for", "20");

        var runs = await store.ListRunsAsync(reported);
        Assert.Multiple(() =>
        {
            Assert.That(scheduler.ExitCode, Is.Zero, scheduler.Error);
            Assert.That(killed.State, Is.EqualTo(RunState.Validating), "killed after its snapshot was stored");
            Assert.That(runs.Select(r => (r.RunId, r.State)), Is.EqualTo(new[] { (killed.RunId, RunState.AwaitingApproval) }));
            Assert.That(File.ReadAllText(Path.Combine(batch, "run.log")), Does.Contain("由 scheduler 从校验起接续 (resumed from validation)"));
        });
    }

    private static void ChangeEveryLoanBalance(string source)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={source};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE loan_month_end SET balance = balance + 10000";
        Assert.That(command.ExecuteNonQuery(), Is.GreaterThan(0));
    }

    /// <summary>
    /// The run has committed its snapshot and moved to Validating (run.log says so after the commit); validation and the
    /// package, which went on beside the store, still have to end, and the run is offered for approval only after them.
    /// </summary>
    private static bool SnapshotStored(string batch)
    {
        var log = Path.Combine(batch, "run.log");
        return File.Exists(log) && File.ReadAllText(log).Contains("snapshot stored", StringComparison.Ordinal);
    }

    /// <summary>Starts a run and kills it (SIGKILL) as soon as the condition holds; fails if the run ended first.</summary>
    private static void KillWhen(string folder, Func<bool> condition, string period = "202610")
    {
        using var process = RiskReportProcess.Start(folder, "run", "--period", period, "--config", "bank/appsettings.json");
        while (!condition())
        {
            Assert.That(process.HasExited, Is.False, "the run finished before the moment it was to be killed");
            Thread.Sleep(5);
        }

        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }
}
