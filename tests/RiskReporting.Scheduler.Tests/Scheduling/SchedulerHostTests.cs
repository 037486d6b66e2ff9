using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using RiskReporting.Core.Configuration;
using RiskReporting.Core.Periods;
using RiskReporting.Engine.Configuration;
using RiskReporting.Engine.Runs;
using RiskReporting.Scheduler.Scheduling;
using RiskReporting.Testing;

namespace RiskReporting.Scheduler.Tests.Scheduling;

/// <summary>
/// A real Quartz scheduler on a real SQLite job store. "Day 1" is a fire time a few seconds ahead, given as
/// a one-time cron expression in Shanghai time; the scheduler is stopped before it and started again after
/// it, as a server that was down over day 1.
/// </summary>
[NonParallelizable]
public sealed class SchedulerHostTests
{
    [Test]
    public async Task SchedulerStartedAfterBeingDownOverTheFireTime_RunsTheMissedPeriodOnce()
    {
        using var folder = new TemporaryDirectory();
        var runner = new RecordingRunner();
        var (cron, fireTime) = FireInAFewSeconds();
        var reported = MonthlyReportJob.PeriodOf(fireTime);

        var scheduler = await DownOverTheFireTimeAsync(folder, runner, cron, fireTime, reported.ToString());
        await WaitForAsync(() => runner.Runs.Count >= 1);
        await Task.Delay(TimeSpan.FromSeconds(2));
        await StopAsync(scheduler);

        Assert.That(runner.Runs, Is.EqualTo(new[] { reported }));
    }

    [Test]
    public async Task TwoTriggersForOnePeriod_ProduceOneRun()
    {
        using var folder = new TemporaryDirectory();
        var runner = new RecordingRunner();
        var (cron, fireTime) = FireInAFewSeconds();
        var reported = MonthlyReportJob.PeriodOf(fireTime);

        var scheduler = await DownOverTheFireTimeAsync(folder, runner, cron, fireTime, reported.ToString());
        await scheduler.ScheduleJob(TriggerBuilder.Create().WithIdentity("second-trigger").ForJob(SchedulerHost.JobKey).StartNow().Build());
        await WaitForAsync(() => runner.Questions >= 2);
        await StopAsync(scheduler);

        Assert.That(runner.Runs, Is.EqualTo(new[] { reported }));
    }

    [Test]
    public async Task MissedEarlierPeriods_AreRunOldestFirst_BeforeTheScheduledOne()
    {
        using var folder = new TemporaryDirectory();
        var runner = new RecordingRunner();
        var (cron, fireTime) = FireInAFewSeconds();
        var reported = MonthlyReportJob.PeriodOf(fireTime);
        var first = reported.Previous.Previous.Previous;

        var scheduler = await DownOverTheFireTimeAsync(folder, runner, cron, fireTime, first.ToString());
        await WaitForAsync(() => runner.Runs.Count >= 4);
        await StopAsync(scheduler);

        Assert.That(runner.Runs, Is.EqualTo(new[] { first, first.Next, first.Next.Next, reported }));
    }

    [Test]
    public async Task FirstStartAfterDayOne_WithPeriodsFlaggedMissing_RunsThemNowOldestFirst_NotAtTheNextDayOne()
    {
        using var folder = new TemporaryDirectory();
        var runner = new RecordingRunner();
        var reported = MonthlyReportJob.PeriodOf(TimeProvider.System.GetUtcNow());
        var first = reported.Previous.Previous;
        var host = Host(folder, runner, "0 0 6 1 * ? 2099", first.ToString());
        var scheduler = await host.StartAsync(CancellationToken.None);

        var fired = await host.CatchUpAsync(scheduler, [first, first.Next], CancellationToken.None);
        await WaitForAsync(() => runner.Runs.Count >= 3);
        await StopAsync(scheduler);

        Assert.Multiple(() =>
        {
            Assert.That(fired, Is.True);
            Assert.That(runner.Runs, Is.EqualTo(new[] { first, first.Next, reported }));
        });
    }

    [Test]
    public async Task FirstStartAfterDayOne_RunsThePeriodsThatAStateStoresStatusFlagsMissingSinceTheFirstPeriod()
    {
        using var folder = new TemporaryDirectory();
        // 20 December 2026, 10:00 in Shanghai: 202609, 202610 and 202611 are past their deadlines (the first working day of
        // the next month) with no run, and 202612 is not due yet.
        var now = new DateTimeOffset(2026, 12, 20, 10, 0, 0, TimeSpan.FromHours(8));
        await using var engine = await ScheduledEngine.StartAsync(folder, now, folder.File("held"), new Dictionary<string, string?> { ["Scheduler:FirstPeriod"] = "202609" });
        var runner = new RecordingRunner();
        var options = new SchedulerOptions
        {
            Cron = "0 0 6 1 * ? 2099",
            FirstPeriod = engine.Get<IOptions<SchedulerOptions>>().Value.FirstPeriod,
            IdleWaitSeconds = 1,
            MisfireThresholdSeconds = 1,
        };
        var host = new SchedulerHost(options, new ConnectionTarget(DatabaseKind.Sqlite, folder.File("scheduler.db")), runner, engine.Clock, NullLoggerFactory.Instance);

        var missing = await engine.Get<StatusService>().MissingPeriodsAsync(engine.Scheduler);
        var scheduler = await host.StartAsync(CancellationToken.None);
        var fired = await host.CatchUpAsync(scheduler, missing, CancellationToken.None);
        await WaitForAsync(() => runner.Runs.Count >= 3, engine.Clock);
        await StopAsync(scheduler);

        var expected = new[] { new ReportingPeriod(2026, 9), new ReportingPeriod(2026, 10), new ReportingPeriod(2026, 11) };
        Assert.Multiple(() =>
        {
            Assert.That(missing, Is.EqualTo(expected), "status flags 漏报 every period since Scheduler:FirstPeriod past its deadline with no run");
            Assert.That(fired, Is.True);
            Assert.That(runner.Runs, Is.EqualTo(expected), "run now, oldest first, and nothing else");
        });
    }

    [Test]
    public async Task FirstStart_WithNothingFlaggedMissing_RunsNothingUntilTheNextFire()
    {
        using var folder = new TemporaryDirectory();
        var runner = new RecordingRunner();
        var host = Host(folder, runner, "0 0 6 1 * ? 2099", MonthlyReportJob.PeriodOf(TimeProvider.System.GetUtcNow()).ToString());
        var scheduler = await host.StartAsync(CancellationToken.None);

        var fired = await host.CatchUpAsync(scheduler, [], CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(2));
        await StopAsync(scheduler);

        Assert.Multiple(() =>
        {
            Assert.That(fired, Is.False);
            Assert.That(runner.Questions, Is.Zero);
        });
    }

    /// <summary>Schedules the trigger, stops before it fires, waits past the fire time and the misfire threshold, and starts again.</summary>
    private static async Task<IScheduler> DownOverTheFireTimeAsync(TemporaryDirectory folder, RecordingRunner runner, string cron, DateTimeOffset fireTime, string firstPeriod)
    {
        await StopAsync(await StartAsync(folder, runner, cron, firstPeriod));
        var pastMisfire = fireTime + TimeSpan.FromSeconds(2.5) - TimeProvider.System.GetUtcNow();
        if (pastMisfire > TimeSpan.Zero)
        {
            await Task.Delay(pastMisfire);
        }

        Assert.That(runner.Questions, Is.Zero, "nothing fires while the scheduler is down");
        return await StartAsync(folder, runner, cron, firstPeriod);
    }

    /// <summary>A cron expression that fires once, about four seconds from now, in Shanghai time.</summary>
    private static (string Cron, DateTimeOffset FireTime) FireInAFewSeconds()
    {
        var fire = TimeProvider.System.GetUtcNow().AddSeconds(4);
        fire = new DateTimeOffset(fire.Year, fire.Month, fire.Day, fire.Hour, fire.Minute, fire.Second, TimeSpan.Zero);
        var local = fire.ToOffset(TimeSpan.FromHours(8));
        return (local.ToString("s m H d M ? yyyy", CultureInfo.InvariantCulture), fire);
    }

    private static Task<IScheduler> StartAsync(TemporaryDirectory folder, IPeriodRunner runner, string cron, string firstPeriod) =>
        Host(folder, runner, cron, firstPeriod).StartAsync(CancellationToken.None);

    private static SchedulerHost Host(TemporaryDirectory folder, IPeriodRunner runner, string cron, string firstPeriod)
    {
        var options = new SchedulerOptions { Cron = cron, FirstPeriod = firstPeriod, IdleWaitSeconds = 1, MisfireThresholdSeconds = 1 };
        var store = new ConnectionTarget(DatabaseKind.Sqlite, folder.File("scheduler.db"));
        return new SchedulerHost(options, store, runner, TimeProvider.System, NullLoggerFactory.Instance);
    }

    private static Task StopAsync(IScheduler scheduler) => scheduler.Shutdown(waitForJobsToComplete: true).AsTask();

    /// <param name="clock">A fake clock the scheduler runs on, moved on a little each wait so that its waits end.</param>
    private static async Task WaitForAsync(Func<bool> condition, FakeTimeProvider? clock = null)
    {
        for (var waited = TimeSpan.Zero; !condition(); waited += TimeSpan.FromMilliseconds(100))
        {
            if (waited > TimeSpan.FromSeconds(30))
            {
                Assert.Fail("the scheduler did not fire within 30 seconds");
            }

            await Task.Delay(100);
            clock?.Advance(TimeSpan.FromMilliseconds(100));
        }
    }
}
