using System.Globalization;
using Quartz;
using RiskReporting.DemoBank;
using RiskReporting.Engine.Scheduling;
using RiskReporting.Testing;

namespace RiskReporting.Engine.Tests.Scheduling;

/// <summary>The scheduler's status read from a real Quartz job store (SQLite) that a real scheduler wrote.</summary>
[NonParallelizable]
public sealed class SchedulerStatusServiceTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Test]
    public async Task RunningScheduler_ListsItsTrigger_WithTheCronAndNextFire_AndNoMisfire()
    {
        using var folder = new TemporaryDirectory();
        var file = folder.File("scheduler.db");
        await using var engine = await StartAsync(folder, file);
        var scheduler = await QuartzJobStore.StartAsync(file, TimeSpan.FromSeconds(1));
        await QuartzJobStore.ScheduleAsync(scheduler, "monthly-report-trigger", "0 0 6 1 * ?");
        var expected = (await scheduler.GetTrigger(new TriggerKey("monthly-report-trigger", "riskreport")))!.NextFireTimeUtc;

        var status = await engine.Get<SchedulerStatusService>().StatusAsync(await engine.LogInAsync("zhao.lei", "itops"));
        await scheduler.Shutdown(waitForJobsToComplete: true);

        var trigger = status.Triggers.Single();
        var next = TimeZoneInfo.ConvertTime(trigger.NextFire!.Value, Shanghai);
        Assert.Multiple(() =>
        {
            Assert.That(status.Started, Is.True);
            Assert.That(status.Store, Is.EqualTo("sqlite:" + file));
            Assert.That(trigger.Name, Is.EqualTo("monthly-report-trigger"));
            Assert.That(trigger.Job, Is.EqualTo("riskreport.monthly-report-trigger-job"));
            Assert.That(trigger.Cron, Is.EqualTo("0 0 6 1 * ?"));
            Assert.That(trigger.TimeZone, Is.EqualTo("Asia/Shanghai"));
            Assert.That(trigger.State, Is.EqualTo("WAITING"));
            Assert.That(trigger.NextFire, Is.EqualTo(expected));
            Assert.That((next.Day, next.Hour, next.Minute), Is.EqualTo((1, 6, 0)), "day 1, 06:00 Beijing time");
            Assert.That(trigger.Misfired, Is.False);
            Assert.That(status.AnyMisfired, Is.False);
        });
    }

    [Test]
    public async Task SchedulerDownOverTheFireTime_ShowsTheTriggerMisfired()
    {
        using var folder = new TemporaryDirectory();
        var file = folder.File("scheduler.db");
        await using var engine = await StartAsync(folder, file);
        var scheduler = await QuartzJobStore.StartAsync(file, TimeSpan.FromSeconds(1));
        var fire = TimeProvider.System.GetUtcNow().AddSeconds(3);
        fire = new DateTimeOffset(fire.Year, fire.Month, fire.Day, fire.Hour, fire.Minute, fire.Second, TimeSpan.Zero);
        await QuartzJobStore.ScheduleAsync(scheduler, "once", TimeZoneInfo.ConvertTime(fire, Shanghai).ToString("s m H d M ? yyyy", CultureInfo.InvariantCulture));
        await scheduler.Shutdown(waitForJobsToComplete: true);
        await Task.Delay(fire + TimeSpan.FromSeconds(2.5) - TimeProvider.System.GetUtcNow());

        var status = await engine.Get<SchedulerStatusService>().StatusAsync(await engine.LogInAsync("zhao.lei", "itops"));

        var trigger = status.Triggers.Single();
        Assert.Multiple(() =>
        {
            Assert.That(trigger.NextFire, Is.EqualTo(fire));
            Assert.That(trigger.PreviousFire, Is.Null);
            Assert.That(trigger.Misfired, Is.True, "the fire time passed by more than the threshold and no scheduler was there");
            Assert.That(status.AnyMisfired, Is.True);
            Assert.That(status.Instances, Is.Empty, "a single SQLite node records no check-ins");
        });
    }

    [Test]
    public async Task SchedulerNeverStarted_IsAnEmptyStatus_AndTheJobStoreIsNotCreated()
    {
        using var folder = new TemporaryDirectory();
        var file = folder.File("scheduler.db");
        await using var engine = await StartAsync(folder, file);

        var status = await engine.Get<SchedulerStatusService>().StatusAsync(await engine.LogInAsync("chen.jing", "auditor"));

        Assert.Multiple(() =>
        {
            Assert.That(status.Started, Is.False);
            Assert.That(status.Triggers, Is.Empty);
            Assert.That(status.Cron, Is.EqualTo("0 0 6 1 * ?"));
            Assert.That(File.Exists(file), Is.False);
        });
    }

    [Test]
    public async Task AnOperator_IsRefused()
    {
        using var folder = new TemporaryDirectory();
        await using var engine = await StartAsync(folder, folder.File("scheduler.db"));
        var actor = await engine.LogInAsync("wang.jianguo", "operator");

        var refusal = await Assert.ThrowsAsync<RefusalException>(() => engine.Get<SchedulerStatusService>().StatusAsync(actor));

        Assert.That(refusal!.Code, Is.EqualTo(RefusalCode.NotAllowed));
    }

    private static Task<BankHost> StartAsync(TemporaryDirectory folder, string jobStore) =>
        BankHost.StartAsync(BankHost.Generate(folder, DemoBankSize.Tiny), new Dictionary<string, string?>
        {
            ["Scheduler:Store"] = "sqlite:" + jobStore,
            ["Scheduler:MisfireThresholdSeconds"] = "1",
        });
}
