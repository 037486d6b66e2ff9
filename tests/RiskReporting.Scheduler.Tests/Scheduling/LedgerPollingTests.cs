using RiskReporting.Core.Periods;
using RiskReporting.Core.Runs;
using RiskReporting.Core.State;
using RiskReporting.Engine.Runs;
using RiskReporting.Testing;

namespace RiskReporting.Scheduler.Tests.Scheduling;

/// <summary>
/// The scheduler's rounds on a fake clock against the real engine and a real inbox folder: a period that waits for its
/// interbank ledger (exit 4) is run again once the file is dropped in the inbox, until the period's deadline
/// (202610 is due by the end of 2026-11-02, Shanghai).
/// </summary>
[NonParallelizable]
public sealed class LedgerPollingTests
{
    private static readonly ReportingPeriod October = new(2026, 10);

    /// <summary>2026-11-02 10:00 in Shanghai: 14 hours before the deadline.</summary>
    private static readonly DateTimeOffset Morning = new(2026, 11, 2, 2, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task APeriodWaitingForItsLedger_IsRunWhenTheFileArrivesInTheInbox_NotBefore()
    {
        using var folder = new TemporaryDirectory();
        var held = folder.File("held");
        await using var engine = await ScheduledEngine.StartAsync(folder, Morning, held);
        var waiting = await engine.Get<RunService>().RunAsync(October, engine.Scheduler);
        engine.StartRounds(TimeSpan.FromMinutes(5));

        await engine.AdvanceMinutesAsync(12);
        var beforeTheFile = await LatestAsync(engine);
        File.Copy(Path.Combine(held, "TYYWTZ_202610.csv"), Path.Combine(engine.Inbox, "TYYWTZ_202610.csv"));
        var dropped = engine.Clock.GetUtcNow();
        await engine.AdvanceUntilAsync(async () => (await LatestAsync(engine)).State is not RunState.WaitingForLedger and var s && !s.IsInProgress(), "the run after the ledger arrived");
        var after = await LatestAsync(engine);

        Assert.Multiple(() =>
        {
            Assert.That(waiting.Run.State, Is.EqualTo(RunState.WaitingForLedger));
            Assert.That(beforeTheFile.State, Is.EqualTo(RunState.WaitingForLedger), "twelve minutes of polling an empty inbox run nothing");
            Assert.That(after.State, Is.EqualTo(RunState.AwaitingApproval));
            Assert.That(after.RunId, Is.Not.EqualTo(waiting.Run.RunId), "a new run of batch 01 replaced the waiting one");
            Assert.That(after.CreatedAt - dropped, Is.LessThanOrEqualTo(TimeSpan.FromMinutes(5)), "found within one poll interval (Scheduler:LedgerPollMinutes)");
        });
    }

    [Test]
    public async Task ALedgerArrivingAfterTheDeadline_IsNotRunByTheScheduler()
    {
        using var folder = new TemporaryDirectory();
        var held = folder.File("held");
        var pastTheDeadline = new DateTimeOffset(2026, 11, 3, 0, 30, 0, TimeSpan.FromHours(8));
        await using var engine = await ScheduledEngine.StartAsync(folder, pastTheDeadline, held);
        await engine.Get<RunService>().RunAsync(October, engine.Scheduler);
        File.Copy(Path.Combine(held, "TYYWTZ_202610.csv"), Path.Combine(engine.Inbox, "TYYWTZ_202610.csv"));

        engine.StartRounds(TimeSpan.FromMinutes(1));
        await engine.AdvanceMinutesAsync(5);

        Assert.That((await LatestAsync(engine)).State, Is.EqualTo(RunState.WaitingForLedger));
    }

    private static async Task<RunRecord> LatestAsync(ScheduledEngine engine) =>
        (await engine.Get<IStateStore>().ListRunsAsync(October)).MaxBy(r => r.Batch)!;
}
