using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using Microsoft.Playwright.NUnit;
using RiskReporting.Portal.Tests.Support;
using RiskReporting.Store;
using RiskReporting.Testing;

namespace RiskReporting.Portal.Tests;

/// <summary>An administrator at work in the browser: users, roles, disabling, passwords, and the audit trail with its verification.</summary>
[TestFixture]
public sealed class AdminFlowTests : PlaywrightTest
{
    private const string Admin = "赵敏";
    private const string Operator = "王建国";
    private const string Auditor = "孙丽";
    private const string NewPassword = "a-fresh-long-passphrase-2026";

    [Test]
    public async Task AnAdminDisablesAUser_WhoseOpenSessionThenStopsWorking_ResetsAPassword_AndVerifiesTheAuditTrail()
    {
        using var directory = new TemporaryDirectory();
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        var store = new SqliteStateStore(directory.File("state.db"), clock);
        await using var portal = await PortalServer.StartAsync(store,
            new TestAuthenticator().Add(Admin, Staff.Password, "admin").Add(Operator, Staff.Password, "operator").Add(Auditor, Staff.Password, "auditor"), clock);
        var browser = await Browser.LaunchAsync(Playwright);
        Microsoft.Playwright.Assertions.SetDefaultExpectTimeout(30_000);

        var victim = await Staff.LogInAsync(browser, portal, Operator);
        await Expect(victim.Locator("h1")).ToHaveTextAsync("报送周期");

        var admin = await Staff.LogInAsync(browser, portal, Admin, "/admin/users");
        var row = admin.Locator($"tr[data-user='{Operator}']");
        await Expect(row.GetByTestId("standing")).ToContainTextAsync("正常");
        await Browser.ScreenshotAsync(admin, "40-admin-users");
        await row.GetByTestId("disable").ClickAsync();
        await Expect(admin.GetByTestId("done")).ToHaveTextAsync($"已停用 {Operator}，其登录会话已全部失效。");
        await Expect(admin.Locator($"tr[data-user='{Operator}']").GetByTestId("standing")).ToContainTextAsync("已停用");
        await Browser.ScreenshotAsync(admin, "41-admin-user-disabled");

        await victim.GotoAsync(portal.Url("/periods").ToString());
        Assert.That(new Uri(victim.Url).AbsolutePath, Is.EqualTo("/login"), "the disabled user's session no longer serves a page");

        var auditorRow = admin.Locator($"tr[data-user='{Auditor}']");
        await auditorRow.Locator("input[name=password]").FillAsync(NewPassword);
        await auditorRow.GetByRole(AriaRole.Button, new() { Name = "重置" }).ClickAsync();
        await Expect(admin.GetByTestId("done")).ToHaveTextAsync($"已重置 {Auditor} 的密码。");
        var refusedSelf = admin.Locator($"tr[data-user='{Admin}']");
        await refusedSelf.GetByTestId("disable").ClickAsync();
        await Expect(admin.GetByTestId("refusal")).ToHaveTextAsync($"'{Admin}' 不能停用自己：须由另一位管理员 (another admin) 操作。");

        // The role is chosen from a list; a branch takes its code beside it, and the user service judges both.
        var roleRow = admin.Locator($"tr[data-user='{Auditor}']");
        await roleRow.GetByTestId("role").SelectOptionAsync("branch");
        await roleRow.Locator("input[name=branch]").FillAsync("100001");
        await roleRow.GetByRole(AriaRole.Button, new() { Name = "修改" }).ClickAsync();
        await Expect(admin.GetByTestId("done")).ToHaveTextAsync($"{Auditor} 的角色已改为 分支机构 100001。");
        await Expect(admin.Locator($"tr[data-user='{Auditor}']").GetByTestId("role")).ToHaveValueAsync("branch");
        await Browser.ScreenshotAsync(admin, "43-admin-role-select");
        var back = admin.Locator($"tr[data-user='{Auditor}']");
        await back.GetByTestId("role").SelectOptionAsync("auditor");
        await back.GetByRole(AriaRole.Button, new() { Name = "修改" }).ClickAsync();
        await Expect(admin.GetByTestId("done")).ToHaveTextAsync($"{Auditor} 的角色已改为 审计。");

        var auditor = await (await Browser.NewContextAsync(browser)).NewPageAsync();
        await auditor.GotoAsync(portal.Url("/login").ToString());
        await auditor.FillAsync("#username", Auditor);
        await auditor.FillAsync("#password", NewPassword);
        await auditor.ClickAsync("button[type=submit]");
        await Expect(auditor).ToHaveURLAsync(portal.Url("/periods").ToString());

        await admin.GotoAsync(portal.Url("/admin/audit").ToString());
        await Expect(admin.GetByTestId("audit")).ToContainTextAsync(Operator);
        await admin.GetByTestId("verify").ClickAsync();
        await Expect(admin.GetByTestId("verification")).ToContainTextAsync("审计链完整");
        await Browser.ScreenshotAsync(admin, "42-admin-audit-verified");
        await browser.CloseAsync();
    }
}
