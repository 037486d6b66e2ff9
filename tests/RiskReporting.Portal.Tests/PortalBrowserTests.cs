using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using Microsoft.Playwright.NUnit;
using RiskReporting.Store;
using RiskReporting.Portal.Tests.Support;
using RiskReporting.Testing;

namespace RiskReporting.Portal.Tests;

/// <summary>The portal as a person uses it, in Debian's Chromium: login, logout, idle timeout, a disabled user; every page saved as a screenshot.</summary>
[TestFixture]
public sealed class PortalBrowserTests : PlaywrightTest
{
    private const string Operator = "王建国";
    private const string Password = "correct-horse-battery";
    private TemporaryDirectory _directory = null!;
    private FakeTimeProvider _clock = null!;
    private TestAuthenticator _users = null!;
    private PortalServer _portal = null!;
    private IBrowser _browser = null!;

    [SetUp]
    public async Task StartPortalAndBrowser()
    {
        _directory = new TemporaryDirectory();
        _clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        _users = new TestAuthenticator().Add(Operator, Password, "operator");
        _portal = await PortalServer.StartAsync(new SqliteStateStore(_directory.File("state.db"), _clock), _users, _clock);
        _browser = await Browser.LaunchAsync(Playwright);
        // CI shares two cores with everything else: give pages time rather than fail on a busy machine.
        Microsoft.Playwright.Assertions.SetDefaultExpectTimeout(20_000);
    }

    [TearDown]
    public async Task StopPortalAndBrowser()
    {
        await _browser.CloseAsync();
        await _portal.DisposeAsync();
        _directory.Dispose();
    }

    [Test]
    public async Task Operator_LogsInThroughTheForm_AndLandsOnThePageAskedFor_EveryPageSecured()
    {
        await using var context = await Browser.NewContextAsync(_browser);
        var page = await context.NewPageAsync();
        var responses = new List<IResponse>();
        page.Response += (_, response) => responses.Add(response);

        await page.GotoAsync(_portal.Url("/periods").ToString());
        Assert.That(new Uri(page.Url).PathAndQuery, Is.EqualTo("/login?returnUrl=%2Fperiods"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "登录" })).ToBeVisibleAsync();
        Assert.That(await page.Locator("input[name=__RequestVerificationToken]").CountAsync(), Is.EqualTo(1));
        await Browser.ScreenshotAsync(page, "01-login");

        await page.FillAsync("#username", Operator);
        await page.FillAsync("#password", Password);
        await page.ClickAsync("button[type=submit]");

        await Expect(page).ToHaveURLAsync(_portal.Url("/periods").ToString());
        await Expect(page.Locator(".who-name")).ToHaveTextAsync(Operator);
        await Browser.ScreenshotAsync(page, "02-periods");
        foreach (var response in responses)
        {
            SecurityAssert.Headers(await response.AllHeadersAsync(), response.Request.Method + " " + response.Url);
        }

        await AssertCookiesStrictAsync(context);
    }

    [Test]
    public async Task WrongPassword_ShowsTheIdentityServicesRefusalWordForWord()
    {
        await using var context = await Browser.NewContextAsync(_browser);
        var page = await context.NewPageAsync();
        await page.GotoAsync(_portal.Url("/login").ToString());

        await page.FillAsync("#username", Operator);
        await page.FillAsync("#password", "not-the-password");
        await page.ClickAsync("button[type=submit]");

        await Expect(page.Locator(".alert-refusal")).ToHaveTextAsync(TestAuthenticator.Refusal);
        await Browser.ScreenshotAsync(page, "03-login-refused");
    }

    [Test]
    public async Task Logout_EndsTheSessionEverywhere_SoTheOldCookieNoLongerServes()
    {
        await using var context = await Browser.NewContextAsync(_browser);
        var page = await LoggedInPageAsync(context);
        var cookies = await context.CookiesAsync();

        await page.ClickAsync("text=退出登录");

        await Expect(page).ToHaveURLAsync(_portal.Url("/login?loggedOut=true").ToString());
        await Expect(page.Locator(".alert-info")).ToHaveTextAsync("您已安全退出。");
        await Browser.ScreenshotAsync(page, "04-logged-out");
        Assert.That(_users.OpenSessions, Is.Zero);
        await using var replay = await Browser.NewContextAsync(_browser);
        await replay.AddCookiesAsync(cookies.Select(c => new Cookie { Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path }));
        var again = await replay.NewPageAsync();
        await again.GotoAsync(_portal.Url("/periods").ToString());
        Assert.That(new Uri(again.Url).AbsolutePath, Is.EqualTo("/login"));
    }

    [Test]
    public async Task IdleSession_EndsAfterTheIdleMinutes_ButActivityKeepsItAlive()
    {
        await using var context = await Browser.NewContextAsync(_browser);
        var page = await LoggedInPageAsync(context);

        _clock.Advance(TimeSpan.FromMinutes(15));
        await page.GotoAsync(_portal.Url("/periods").ToString());
        await Expect(page.Locator(".who-name")).ToHaveTextAsync(Operator);
        _clock.Advance(TimeSpan.FromMinutes(15));
        await page.GotoAsync(_portal.Url("/periods").ToString());
        await Expect(page.Locator(".who-name")).ToHaveTextAsync(Operator);

        _clock.Advance(TimeSpan.FromMinutes(21));
        await page.GotoAsync(_portal.Url("/periods").ToString());

        Assert.That(new Uri(page.Url).PathAndQuery, Is.EqualTo("/login?returnUrl=%2Fperiods"));
        await Expect(page.Locator(".alert-info")).ToContainTextAsync("闲置超时");
        await Browser.ScreenshotAsync(page, "05-idle-timeout");
    }

    [Test]
    public async Task DisabledUser_IsNotServedAtTheNextRequest()
    {
        await using var context = await Browser.NewContextAsync(_browser);
        var page = await LoggedInPageAsync(context);

        _users.Disable(Operator);
        await page.GotoAsync(_portal.Url("/periods").ToString());

        Assert.That(new Uri(page.Url).AbsolutePath, Is.EqualTo("/login"));
    }

    [Test]
    public async Task MissingPage_AnswersA404PageInTheLayout()
    {
        await using var context = await Browser.NewContextAsync(_browser);
        var page = await LoggedInPageAsync(context);

        var response = await page.GotoAsync(_portal.Url("/periods/no-such-thing/at-all").ToString());

        Assert.That(response?.Status, Is.EqualTo(404));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "页面不存在" })).ToBeVisibleAsync();
        SecurityAssert.Headers(await response!.AllHeadersAsync(), "404");
        await Browser.ScreenshotAsync(page, "06-not-found");
    }

    private async Task<IPage> LoggedInPageAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(_portal.Url("/login").ToString());
        await page.FillAsync("#username", Operator);
        await page.FillAsync("#password", Password);
        await page.ClickAsync("button[type=submit]");
        await Expect(page).ToHaveURLAsync(_portal.Url("/periods").ToString());
        return page;
    }

    private static async Task AssertCookiesStrictAsync(IBrowserContext context)
    {
        var cookies = await context.CookiesAsync();
        Assert.That(cookies.Select(c => c.Name), Does.Contain("rr.session").And.Contain("rr.antiforgery"));
        foreach (var cookie in cookies)
        {
            Assert.Multiple(() =>
            {
                Assert.That(cookie.HttpOnly, Is.True, cookie.Name);
                Assert.That(cookie.SameSite, Is.EqualTo(SameSiteAttribute.Strict), cookie.Name);
                Assert.That(cookie.Secure, Is.False, cookie.Name + " over plain HTTP");
            });
        }
    }
}
