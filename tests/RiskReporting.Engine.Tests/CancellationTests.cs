using RiskReporting.Core.Periods;
using RiskReporting.Core.Runs;
using RiskReporting.Core.State;
using RiskReporting.DemoBank;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Runs;
using RiskReporting.Testing;

namespace RiskReporting.Engine.Tests;

/// <summary>A run cancelled midway ends FAILED (已取消 (cancelled)) and leaves nothing half-made: no package, no .tmp, no spill.</summary>
public sealed class CancellationTests
{
    private static readonly ReportingPeriod October = new(2026, 10);

    [TestCase(RunProgress.Extract, TestName = "ARunCancelledDuringExtraction_EndsFailedCancelled_LeavingNoPartialOutput")]
    [TestCase(RunProgress.Package, TestName = "ARunCancelledDuringPackageWriting_EndsFailedCancelled_LeavingNoPartialOutput")]
    public async Task ARunCancelledDuringAStep_EndsFailedCancelled_LeavingNoPartialOutput(string step)
    {
        using var folder = new TemporaryDirectory();

        // A small memory budget, so that the parts are sorted on disk and a spill folder exists when the run is cancelled.
        await using var engine = await BankHost.StartAsync(BankHost.Generate(folder, DemoBankSize.Small), new Dictionary<string, string?> { ["Extraction:RecordsInMemory"] = "5000" });
        using var cancel = new CancellationTokenSource();
        var spillSeen = false;
        var batch = Path.Combine(engine.WorkDirectory, "202610", "01");
        var progress = new SynchronousProgress<RunProgress>(p =>
        {
            if (p.Step == step && p.RowsDone > 0 && !cancel.IsCancellationRequested)
            {
                spillSeen = Directory.Exists(Path.Combine(batch, "spill"));
                cancel.Cancel();
            }
        });
        var actor = await engine.LogInAsync("ops1", "operator");

        var outcome = await engine.Get<RunService>().RunAsync(October, actor, progress, cancel.Token);
        var stored = (await engine.Get<IStateStore>().ListRunsAsync(October)).Single();

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Run.State, Is.EqualTo(RunState.Failed));
            Assert.That(outcome.Cancelled, Is.True);
            Assert.That((stored.State, stored.Failure), Is.EqualTo((RunState.Failed, "已取消 (cancelled)")));
            Assert.That(spillSeen, Is.True, "the run was cancelled while its spill folder existed");
            Assert.That(Directory.Exists(Path.Combine(batch, "spill")), Is.False, "no spill left");
            Assert.That(Directory.GetFiles(batch, "*.tmp", SearchOption.AllDirectories), Is.Empty, "no temporary file left");
            Assert.That(Directory.GetFiles(batch, "*.zip"), Is.Empty, "no package from a cancelled run");
            Assert.That(File.ReadAllText(Path.Combine(batch, "run.log")), Does.Contain("失败 (FAILED)：已取消 (cancelled)"));
        });
    }

    [Test]
    public async Task ARunCancelled_IsFollowedByAFullRun_ThatBuildsThePackage()
    {
        using var folder = new TemporaryDirectory();
        await using var engine = await BankHost.StartAsync(BankHost.Generate(folder, DemoBankSize.Tiny));
        var actor = await engine.LogInAsync("ops1", "operator");
        var runs = engine.Get<RunService>();
        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress<RunProgress>(p =>
        {
            if (p.Step == RunProgress.Extract && p.RowsDone > 0)
            {
                cancel.Cancel();
            }
        });

        var first = await runs.RunAsync(October, actor, progress, cancel.Token);
        var second = await runs.RunAsync(October, actor);

        Assert.Multiple(() =>
        {
            Assert.That(first.Cancelled, Is.True);
            Assert.That(second.Run.State, Is.EqualTo(RunState.AwaitingApproval));
            Assert.That(second.Run.Batch, Is.EqualTo(1), "the cancelled batch is replaced, not added to");
        });
    }
}
