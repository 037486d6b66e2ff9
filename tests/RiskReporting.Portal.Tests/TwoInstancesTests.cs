using System.Net;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using Microsoft.Playwright.NUnit;
using Npgsql;
using RiskReporting.Store;
using RiskReporting.Portal.Tests.Support;
using RiskReporting.Testing;

namespace RiskReporting.Portal.Tests;

/// <summary>
/// Two portal instances on one PostgreSQL state store, as behind the bank's load balancer: a user logs in
/// on one and goes on on the other, because the key ring and the session tickets live in the store.
/// </summary>
[TestFixture]
public sealed class TwoInstancesTests : PlaywrightTest
{
    private const string Operator = "李秀英";
    private const string Password = "correct-horse-battery";
    private TestAuthenticator _users = null!;
    private PortalServer _first = null!;
    private PortalServer _second = null!;
    private string _database = null!;

    [SetUp]
    public async Task StartTwoInstances()
    {
        _database = await NewDatabaseAsync(PostgresTestServer.RequireConnectionString());
        _users = new TestAuthenticator().Add(Operator, Password, "operator");
        _first = await StartAsync(_database);
        _second = await StartAsync(_database);
        // CI shares two cores with everything else: give pages time rather than fail on a busy machine.
        Microsoft.Playwright.Assertions.SetDefaultExpectTimeout(20_000);
    }

    [TearDown]
    public async Task StopInstances()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
    }

    [Test]
    public async Task LoginOnOneInstance_ContinuesOnTheOther_AndLogoutThereEndsItOnBoth()
    {
        await using var browser = await Browser.LaunchAsync(Playwright);
        await using var context = await Browser.NewContextAsync(browser);
        var page = await context.NewPageAsync();
        await page.GotoAsync(_first.Url("/login").ToString());
        await page.FillAsync("#username", Operator);
        await page.FillAsync("#password", Password);
        await page.ClickAsync("button[type=submit]");
        await Expect(page).ToHaveURLAsync(_first.Url("/periods").ToString());

        // A browser sends a host's cookies whatever the port: the second instance gets the first one's cookies.
        await page.GotoAsync(_second.Url("/periods").ToString());
        await Expect(page.Locator(".who-name")).ToHaveTextAsync(Operator);
        await Browser.ScreenshotAsync(page, "07-second-instance");
        await page.ClickAsync("text=退出登录");
        await Expect(page).ToHaveURLAsync(_second.Url("/login?loggedOut=true").ToString());

        await page.GotoAsync(_first.Url("/periods").ToString());
        Assert.That(new Uri(page.Url).AbsolutePath, Is.EqualTo("/login"));
    }

    [Test]
    public async Task AFormServedByOneInstance_IsAcceptedByTheOther()
    {
        using var client = new FormClient();
        using var login = await client.LoginAsync(_first.Url("/login"), Operator, Password);
        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.Found));
        var token = await client.TokenFromAsync(_first.Url("/periods"));
        Assert.That(await CountAsync("portal_keys"), Is.EqualTo(1), "one key ring, written by the first instance and read by the second");
        Assert.That(await CountAsync("portal_sessions"), Is.EqualTo(1), "the session ticket is in the store");

        using var logout = await client.PostAsync(_second.Url("/logout"), [new("__RequestVerificationToken", token)]);

        Assert.That(logout.StatusCode, Is.EqualTo(HttpStatusCode.Found));
        Assert.That(logout.Headers.Location?.OriginalString, Is.EqualTo("/login?loggedOut=true"));
        using var after = await client.GetAsync(_first.Url("/periods"));
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Found));
        Assert.That(_users.OpenSessions, Is.Zero);
        Assert.That(await CountAsync("portal_sessions"), Is.Zero);
    }

    private async Task<long> CountAsync(string table)
    {
        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand($"SELECT COUNT(*) FROM {table}", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    private Task<PortalServer> StartAsync(string database)
    {
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        return PortalServer.StartAsync(new PostgresStateStore(database, clock), _users, clock);
    }

    private static async Task<string> NewDatabaseAsync(string server)
    {
        var database = "rr_portal_" + Guid.NewGuid().ToString("N")[..10];
        await using var admin = new NpgsqlConnection(server);
        await admin.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
    }
}
