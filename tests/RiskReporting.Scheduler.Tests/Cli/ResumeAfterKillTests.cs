using RiskReporting.Core.Periods;
using RiskReporting.Core.State;

namespace RiskReporting.Scheduler.Tests.Cli;

/// <summary>A run killed outright (SIGKILL) and started again ends as if it had never been interrupted.</summary>
public sealed class ResumeAfterKillTests
{
    [Test]
    public async Task RunKilledDuringExtractionAndDuringPackageWriting_GivesThePackageOfAnUninterruptedRun()
    {
        using var reference = RiskReportProcess.NewFolder();
        RiskReportProcess.Run(reference.Path, "demo", "init", "--out", "bank", "--size", "small");
        Assert.That(RiskReportProcess.Run(reference.Path, "run", "--period", "202610", "--config", "bank/appsettings.json").ExitCode, Is.Zero);
        var expected = File.ReadAllBytes(reference.File("bank/work/202610/01/B0001H111000001_KHFX_20261031_01.zip"));

        using var folder = RiskReportProcess.NewFolder();
        RiskReportProcess.Run(folder.Path, "demo", "init", "--out", "bank", "--size", "small");
        var batch = folder.File("bank/work/202610/01");
        KillWhen(folder.Path, () => File.Exists(Path.Combine(batch, "run.log")) && File.ReadAllText(Path.Combine(batch, "run.log")).Contains("started by", StringComparison.Ordinal)
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
            Assert.That(Directory.GetFiles(batch).Select(Path.GetFileName).Order(), Is.EqualTo(new[] { "B0001H111000001_KHFX_20261031_01.zip", "findings.csv", "run.log" }));
            Assert.That(File.ReadAllText(Path.Combine(batch, "run.log")), Does.Contain("interrupted while"));
        });
    }

    /// <summary>Starts a run and kills it (SIGKILL) as soon as the condition holds; fails if the run ended first.</summary>
    private static void KillWhen(string folder, Func<bool> condition)
    {
        using var process = RiskReportProcess.Start(folder, "run", "--period", "202610", "--config", "bank/appsettings.json");
        while (!condition())
        {
            Assert.That(process.HasExited, Is.False, "the run finished before the moment it was to be killed");
            Thread.Sleep(5);
        }

        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }
}
