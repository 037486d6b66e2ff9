using RiskReporting.Core.Periods;
using RiskReporting.Core.Runs;
using RiskReporting.DemoBank;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Runs;
using RiskReporting.Testing;

namespace RiskReporting.Engine.Tests;

/// <summary>A run started in the background, as a web request starts it: the host polls its state and its progress per step.</summary>
public sealed class RunJobsTests
{
    private static readonly ReportingPeriod October = new(2026, 10);

    [Test]
    public async Task ABackgroundRun_ReportsEveryStepWithRowCounts_AndEndsWithTheRunsOutcome()
    {
        using var folder = new TemporaryDirectory();
        await using var engine = await BankHost.StartAsync(BankHost.Generate(folder, DemoBankSize.Small));
        var actor = await engine.LogInAsync("ops1", "operator");
        var jobs = engine.Get<RunJobs>();

        var job = jobs.Start(October, actor);
        var polled = new List<RunJobStatus>();
        while (!job.Status().Ended)
        {
            polled.Add(job.Status());
            await Task.Delay(50);
        }

        var status = jobs.Find(job.Id)!.Status();
        Assert.Multiple(() =>
        {
            Assert.That(polled.First().State, Is.EqualTo(RunJobState.Running), "the job is running when Start returns");
            Assert.That(status.State, Is.EqualTo(RunJobState.Finished), status.Message);
            Assert.That(status.Outcome!.Run.State, Is.EqualTo(RunState.AwaitingApproval));
            Assert.That(status.Steps.Select(s => s.Step), Is.EqualTo(new[] { RunProgress.Extract, RunProgress.Store, RunProgress.Validate, RunProgress.Package }));
            Assert.That(status.Steps.Single(s => s.Step == RunProgress.Extract).RowsDone, Is.GreaterThan(10_000), "source rows read");
            Assert.That(status.Steps.Single(s => s.Step == RunProgress.Package).RowsDone, Is.EqualTo(status.Steps.Single(s => s.Step == RunProgress.Package).RowsTotal));
            Assert.That(status.Log, Has.Some.Contains("结束 (ended) Finished AwaitingApproval"));
        });
    }

    [Test]
    public async Task ABackgroundRunCancelled_EndsCancelled_AndItsRunFailedCancelled()
    {
        using var folder = new TemporaryDirectory();
        await using var engine = await BankHost.StartAsync(BankHost.Generate(folder, DemoBankSize.Small));
        var actor = await engine.LogInAsync("ops1", "operator");

        var job = engine.Get<RunJobs>().Start(October, actor);
        job.Cancel();
        await job.Completion;
        var status = job.Status();

        Assert.Multiple(() =>
        {
            Assert.That(status.State, Is.EqualTo(RunJobState.Cancelled));
            Assert.That(status.Outcome?.Run.Failure ?? status.Message, Is.EqualTo("已取消 (cancelled)"));
        });
    }
}
