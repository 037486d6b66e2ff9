using System.Net;
using Microsoft.Extensions.Time.Testing;
using RiskReporting.Store;
using RiskReporting.Portal.Tests.Support;
using RiskReporting.Testing;

namespace RiskReporting.Portal.Tests;

/// <summary>The portal's security foundation over real HTTP on loopback: headers, cookies, antiforgery, login redirects, /health.</summary>
[TestFixture]
public sealed class PortalSecurityTests
{
    private const string Password = "correct-horse-battery";
    private TemporaryDirectory _directory = null!;
    private CollectingLogger _log = null!;
    private PortalServer _portal = null!;
    private FormClient _client = null!;

    [SetUp]
    public async Task StartPortal()
    {
        _directory = new TemporaryDirectory();
        _log = new CollectingLogger();
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        var users = new TestAuthenticator().Add("王建国", Password, "operator");
        _portal = await PortalServer.StartAsync(new SqliteStateStore(_directory.File("state.db"), clock), users, clock, _log);
        _client = new FormClient();
    }

    [TearDown]
    public async Task StopPortal()
    {
        _client.Dispose();
        await _portal.DisposeAsync();
        _log.Dispose();
        _directory.Dispose();
    }

    [Test]
    public async Task Health_AnswersOkWithoutALogin()
    {
        using var response = await _client.GetAsync(_portal.Url("/health"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("Healthy"));
        SecurityAssert.Headers(response);
    }

    [Test]
    public async Task LoginForm_PostedWithoutItsAntiforgeryToken_Answers400()
    {
        await _client.TokenFromAsync(_portal.Url("/login"));

        using var response = await _client.PostAsync(_portal.Url("/login"), [new("username", "王建国"), new("password", Password)]);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(_client.Cookies.Keys, Has.None.EqualTo("rr.session"));
        SecurityAssert.Headers(response);
    }

    [Test]
    public async Task Login_WithTheToken_RedirectsToPeriods_WithStrictHttpOnlyCookies()
    {
        using var form = await _client.GetAsync(_portal.Url("/login"));
        SecurityAssert.Cookies(form.Headers, https: false);

        using var response = await _client.LoginAsync(_portal.Url("/login"), "王建国", Password);

        Assert.That(response.StatusCode, Is.AnyOf(HttpStatusCode.Found, HttpStatusCode.SeeOther));
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/periods"));
        Assert.That(_client.Cookies.Keys, Does.Contain("rr.session").And.Contain("rr.antiforgery"));
        SecurityAssert.Cookies(response.Headers, https: false);
        using var periods = await _client.GetAsync(_portal.Url("/periods"));
        Assert.That(periods.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await periods.Content.ReadAsStringAsync(), Does.Contain("王建国"));
    }

    [Test]
    public async Task Login_ReturnsToThePageAskedFor_ButNeverToAnotherSite()
    {
        using var asked = await _client.GetAsync(_portal.Url("/periods"));
        Assert.That(asked.StatusCode, Is.EqualTo(HttpStatusCode.Found));
        Assert.That(asked.Headers.Location?.PathAndQuery, Is.EqualTo("/login?returnUrl=%2Fperiods"));

        using var back = await _client.LoginAsync(_portal.Url("/login?returnUrl=%2Fperiods%3Fx%3D1"), "王建国", Password);
        Assert.That(back.Headers.Location?.OriginalString, Is.EqualTo("/periods?x=1"));

        using var fresh = new FormClient();
        using var away = await fresh.LoginAsync(_portal.Url("/login?returnUrl=%2F%2Fevil.example%2F"), "王建国", Password);
        Assert.That(away.Headers.Location?.OriginalString, Is.EqualTo("/periods"));
    }

    [Test]
    public async Task EveryKindOfResponse_CarriesTheSecurityHeaders()
    {
        using var login = await _client.GetAsync(_portal.Url("/login"));
        using var redirect = await _client.GetAsync(_portal.Url("/periods"));
        using var css = await _client.GetAsync(_portal.Url("/assets/css/portal.css"));
        using var chart = await _client.GetAsync(_portal.Url("/assets/lib/chart.umd.min.js"));
        using var refused = await _client.PostAsync(_portal.Url("/login"), [new("username", "x")]);
        using var signedIn = await _client.LoginAsync(_portal.Url("/login"), "王建国", Password);
        using var page = await _client.GetAsync(_portal.Url("/periods"));
        using var missing = await _client.GetAsync(_portal.Url("/no-such-page"));

        Assert.Multiple(() =>
        {
            Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(redirect.StatusCode, Is.EqualTo(HttpStatusCode.Found));
            Assert.That(css.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(chart.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(chart.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/javascript"));
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
        foreach (var response in new[] { login, redirect, css, chart, refused, signedIn, page, missing })
        {
            SecurityAssert.Headers(response);
        }
    }

    [Test]
    public async Task LoginAndLogout_LeaveNeitherPasswordNorNameNorSessionInTheLog()
    {
        using var login = await _client.LoginAsync(_portal.Url("/login"), "王建国", Password);
        using var wrong = await new FormClient().LoginAsync(_portal.Url("/login"), "王建国", "not-the-password");
        var token = await _client.TokenFromAsync(_portal.Url("/periods"));
        using var logout = await _client.PostAsync(_portal.Url("/logout"), [new("__RequestVerificationToken", token)]);

        Assert.That(logout.Headers.Location?.OriginalString, Is.EqualTo("/login?loggedOut=true"));
        var log = string.Join("\n", _log.Lines);
        Assert.That(log, Does.Contain("Login accepted").And.Contain("Login refused").And.Contain("Logout"));
        Assert.Multiple(() =>
        {
            Assert.That(log, Does.Not.Contain(Password));
            Assert.That(log, Does.Not.Contain("not-the-password"));
            Assert.That(log, Does.Not.Contain("王建国"));
        });
    }
}
