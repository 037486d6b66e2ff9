using System.Net;
using Microsoft.Extensions.Time.Testing;
using RiskReporting.Identity;
using RiskReporting.Identity.Sessions;
using RiskReporting.Portal.Identity;
using RiskReporting.Portal.Tests.Support;
using RiskReporting.Store;
using RiskReporting.Testing;

namespace RiskReporting.Portal.Tests;

/// <summary>The login form on the engine's real identity service: password hashes in the store, its refusals, its sessions.</summary>
[TestFixture]
public sealed class EngineLoginTests
{
    private const string Password = "a-long-enough-passphrase";

    [Test]
    public async Task LoginForm_OnTheEnginesIdentity_AcceptsThePassword_ShowsItsRefusal_AndLogoutEndsTheEngineSession()
    {
        using var directory = new TemporaryDirectory();
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        var store = new SqliteStateStore(directory.File("state.db"), clock);
        await store.MigrateAsync();
        var registry = new UserRegistry(store, clock);
        Assert.That(await registry.InitAsync("admin", Password), Is.Null);
        Assert.That(await registry.AddAsync("admin", "张敏", Core.State.UserRole.Parse("operator"), Password), Is.Null);
        var sessions = new SessionResolver(store, clock);
        await using var portal = await PortalServer.StartAsync(store, new EngineAuthenticator(new Authenticator(store, new AuthOptions(), clock), sessions), clock);

        using var wrong = new FormClient();
        using var refused = await wrong.LoginAsync(portal.Url("/login"), "张敏", "not-the-passphrase");
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain(Authenticator.WrongNameOrPassword));

        using var client = new FormClient();
        using var login = await client.LoginAsync(portal.Url("/login"), "张敏", Password);
        Assert.That(login.Headers.Location?.OriginalString, Is.EqualTo("/periods"));
        using var page = await client.GetAsync(portal.Url("/periods"));
        Assert.That(await page.Content.ReadAsStringAsync(), Does.Contain("张敏").And.Contain("信贷管理（操作员）"));

        var token = await client.TokenFromAsync(portal.Url("/periods"));
        using var logout = await client.PostAsync(portal.Url("/logout"), [new("__RequestVerificationToken", token)]);
        using var after = await client.GetAsync(portal.Url("/periods"));
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Found), "the engine session ended with the logout");
    }
}
