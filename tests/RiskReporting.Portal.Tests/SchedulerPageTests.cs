using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using Microsoft.Playwright.NUnit;
using RiskReporting.Core.Configuration;
using RiskReporting.Core.Periods;
using RiskReporting.Engine.Configuration;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Runs;
using RiskReporting.Portal.Tests.Support;
using RiskReporting.Scheduler.Scheduling;
using RiskReporting.Store;
using RiskReporting.Testing;

namespace RiskReporting.Portal.Tests;

/// <summary>IT operations watch the scheduler in the browser: the real scheduler host's trigger on a real SQLite job store, its next fire, and the runs it started.</summary>
[TestFixture]
[NonParallelizable]
public sealed class SchedulerPageTests : PlaywrightTest
{
    private const string ItOps = "zhao.lei";

    [Test]
    public async Task ItOps_SeesTheMonthlyTrigger_ItsNextFireInBeijingTime_AndTheSchedulersRuns()
    {
        using var directory = new TemporaryDirectory();
        var jobStore = directory.File("scheduler.db");
        await using var portal = await PortalServer.StartOnTinyBankAsync(directory, new TestAuthenticator().Add(ItOps, Staff.Password, "itops"),
            settings: new Dictionary<string, string?> { ["Scheduler:Store"] = "sqlite:" + jobStore });
        var runner = new EnginePeriodRunner(portal.Get<RunService>(), portal.Get<IdentityService>().Scheduler, NullLogger<EnginePeriodRunner>.Instance, CancellationToken.None);
        var options = new SchedulerOptions { FirstPeriod = "202610", IdleWaitSeconds = 1 };
        var scheduler = await new SchedulerHost(options, new ConnectionTarget(DatabaseKind.Sqlite, jobStore), runner, TimeProvider.System, NullLoggerFactory.Instance)
            .StartAsync(CancellationToken.None);
        try
        {
            var next = (await scheduler.GetTrigger(SchedulerHost.TriggerKey))!.NextFireTimeUtc!.Value;
            await runner.RunUnlessRunAsync(new ReportingPeriod(2026, 10), CancellationToken.None);
            var browser = await Browser.LaunchAsync(Playwright);
            Microsoft.Playwright.Assertions.SetDefaultExpectTimeout(30_000);

            var page = await Staff.LogInAsync(browser, portal, ItOps, "/itops");
            await page.GetByRole(AriaRole.Link, new() { Name = "调度器" }).ClickAsync();
            await page.WaitForURLAsync(portal.Url("/scheduler").ToString());
            var trigger = page.GetByTestId("triggers").Locator("tbody tr").Filter(new() { HasText = "monthly-report-trigger" });
            await Expect(trigger).ToContainTextAsync("0 0 6 1 * ?");
            await Expect(trigger).ToContainTextAsync(ShanghaiTime.Format(next));
            await Expect(trigger).ToContainTextAsync("等待触发");
            await Expect(page.GetByTestId("misfired")).ToHaveCountAsync(0);
            await Expect(page.GetByTestId("history").Locator("tbody tr").First).ToContainTextAsync("202610");
            await Browser.ScreenshotAsync(page, "52-itops-scheduler");
            await browser.CloseAsync();
        }
        finally
        {
            await scheduler.Shutdown(waitForJobsToComplete: true);
        }
    }

    [Test]
    public async Task ASchedulerThatNeverStarted_IsShownAsNotStarted_AndItsJobStoreIsNotCreated()
    {
        using var directory = new TemporaryDirectory();
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        var jobStore = directory.File("scheduler.db");
        await using var portal = await PortalServer.StartAsync(new SqliteStateStore(directory.File("state.db"), clock),
            new TestAuthenticator().Add(ItOps, Staff.Password, "itops"), clock, settings: new Dictionary<string, string?> { ["Scheduler:Store"] = "sqlite:" + jobStore });
        var browser = await Browser.LaunchAsync(Playwright);

        var page = await Staff.LogInAsync(browser, portal, ItOps, "/scheduler");
        await Expect(page.GetByTestId("not-started")).ToContainTextAsync("调度器尚未启动");
        await Browser.ScreenshotAsync(page, "53-itops-scheduler-not-started");
        await browser.CloseAsync();

        Assert.That(File.Exists(jobStore), Is.False);
    }
}
