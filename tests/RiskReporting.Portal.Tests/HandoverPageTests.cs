using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using Microsoft.Playwright.NUnit;
using RiskReporting.Core.Periods;
using RiskReporting.Core.State;
using RiskReporting.Engine.Handover;
using RiskReporting.Portal.Tests.Support;
using RiskReporting.Store;
using RiskReporting.Testing;

namespace RiskReporting.Portal.Tests;

/// <summary>The 交接清单 in the browser (issue #18, 第13–16条): an admin reads it at /admin/handover/{id}, the new user acknowledges it there with their own login.</summary>
[TestFixture]
public sealed class HandoverPageTests : PlaywrightTest
{
    private const string Admin = "赵敏";
    private const string Leaving = "李强";
    private const string Successor = "王建国";

    [Test]
    public async Task TheHandoverPage_ShowsTheListsSections_AndTheNewUsersAcknowledgementDisablesTheOldUser()
    {
        using var directory = new TemporaryDirectory();
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        var store = new SqliteStateStore(directory.File("state.db"), clock);
        await using var portal = await PortalServer.StartAsync(store,
            new TestAuthenticator().Add(Admin, Staff.Password, "admin").Add(Leaving, Staff.Password, "operator").Add(Successor, Staff.Password, "operator"), clock);
        await store.AddExplanationAsync(new Explanation("E0001", new ReportingPeriod(2026, 10), "TS-DQ-004", "KH0000000001", "已核实：客户资不抵债", false, "-", Leaving, clock.GetUtcNow()));
        var handover = await portal.Get<HandoverService>().HandOverAsync(Leaving, Successor, await Staff.ActorAsync(portal, Admin));
        var browser = await Browser.LaunchAsync(Playwright);
        Microsoft.Playwright.Assertions.SetDefaultExpectTimeout(30_000);
        var path = "/admin/handover/" + handover.HandoverId;

        var admin = await Staff.LogInAsync(browser, portal, Admin, path);
        await Expect(admin.Locator("h1")).ToHaveTextAsync("交接清单");
        await Expect(admin.GetByTestId("preface")).ToContainTextAsync($"移交人：{Leaving}");
        await Expect(admin.GetByTestId("section").First).ToContainTextAsync("说明 TS-DQ-004 KH0000000001");
        await Expect(admin.GetByTestId("section")).ToHaveCountAsync(6);
        await Expect(admin.GetByTestId("acknowledge")).ToHaveCountAsync(0);
        await Browser.ScreenshotAsync(admin, "70-admin-handover");

        var successor = await Staff.LogInAsync(browser, portal, Successor, path);
        await successor.GetByTestId("acknowledge").ClickAsync();
        await Expect(successor.GetByTestId("done")).ToHaveTextAsync($"已确认接收交接清单 {handover.HandoverId}，共 1 项；{Leaving} 的账号已停用。");
        await Expect(successor.GetByTestId("standing")).ToContainTextAsync("已于");
        await Browser.ScreenshotAsync(successor, "71-handover-acknowledged");

        await admin.ReloadAsync();
        await Expect(admin.GetByTestId("standing")).ToContainTextAsync("确认接收");
        Assert.That((await store.FindCredentialsAsync(Leaving))!.Disabled, Is.True, "the old user is disabled");
        await browser.CloseAsync();
    }
}
