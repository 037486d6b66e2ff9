using RiskReporting.Core.State;

namespace RiskReporting.Identity.Tests;

public sealed class AuthenticatorTests
{
    private const string Password = "correct horse battery";

    [TestCase("sqlite")]
    [TestCase("postgres")]
    public async Task Login_WithTheRightPassword_OpensASessionWhoseTokenTheStoreNeverHolds(string provider)
    {
        using var desk = await IdentityDesk.OpenAsync(provider: provider);
        Assert.That(await desk.Registry.InitAsync("root", Password), Is.Null);

        var login = await desk.Authenticator.LoginAsync("root", Password);

        Assert.Multiple(async () =>
        {
            Assert.That(login.Succeeded, Is.True, login.Refusal);
            Assert.That(login.ExpiresAt, Is.EqualTo(desk.Clock.GetUtcNow().AddHours(8)));
            Assert.That(await desk.Sessions.ResolveAsync(login.Token), Is.EqualTo(new UserAccount("root", UserRole.Admin, desk.Clock.GetUtcNow())));
            Assert.That(await StoreHoldsAsync(desk, login.Token!), Is.False, "the store keeps only the token's SM3");
            Assert.That(await desk.ScalarAsync("SELECT password_hash FROM users"), Does.Not.Contain(Password).And.Length.GreaterThan(60));
            Assert.That(await desk.AuditActionsAsync("root"), Is.EqualTo(new[] { "user.init", "login.ok", "session.start" }));
        });
    }

    [TestCase("sqlite")]
    [TestCase("postgres")]
    public async Task FiveWrongPasswords_LockTheAccountForFifteenMinutes_EvenAgainstTheRightOne(string provider)
    {
        using var desk = await IdentityDesk.OpenAsync(provider: provider);
        await desk.Registry.InitAsync("root", Password);
        for (var i = 0; i < 4; i++)
        {
            Assert.That((await desk.Authenticator.LoginAsync("root", "wrong password " + i)).Refusal, Is.EqualTo("用户名或密码错误 (wrong user name or password)"));
        }

        var fifth = await desk.Authenticator.LoginAsync("root", "wrong password 5");
        desk.Clock.Advance(TimeSpan.FromMinutes(14));
        var whileLocked = await desk.Authenticator.LoginAsync("root", Password);
        desk.Clock.Advance(TimeSpan.FromMinutes(1));
        var afterwards = await desk.Authenticator.LoginAsync("root", Password);

        Assert.Multiple(async () =>
        {
            Assert.That(fifth.Refusal, Is.EqualTo("用户名或密码错误 (wrong user name or password)；连续失败 5 次，账户已锁定 (locked) 至 2026-11-02 09:15 北京时间"));
            Assert.That(whileLocked.Refusal, Is.EqualTo("账户 'root' 因连续 5 次登录失败已锁定 (locked)，至 2026-11-02 09:15 北京时间"));
            Assert.That(afterwards.Succeeded, Is.True, afterwards.Refusal);
            Assert.That(await desk.AuditActionsAsync("root"), Is.EqualTo(new[]
            {
                "user.init", "login.fail", "login.fail", "login.fail", "login.fail", "login.locked", "login.refused", "login.ok", "session.start",
            }));
        });
    }

    [TestCase("sqlite")]
    [TestCase("postgres")]
    public async Task UnknownUser_IsRefusedInTheSameWordsAsAWrongPassword_AndAudited(string provider)
    {
        using var desk = await IdentityDesk.OpenAsync(provider: provider);

        var login = await desk.Authenticator.LoginAsync("ghost", Password);

        Assert.Multiple(async () =>
        {
            Assert.That(login.Refusal, Is.EqualTo(Authenticator.WrongNameOrPassword));
            Assert.That(await desk.AuditActionsAsync("ghost"), Is.EqualTo(new[] { "login.fail" }));
        });
    }

    [TestCase("sqlite")]
    [TestCase("postgres")]
    public async Task Session_ExpiresAfterTheConfiguredHours_AndEndsAtLogout(string provider)
    {
        using var desk = await IdentityDesk.OpenAsync(provider: provider);
        await desk.Registry.InitAsync("root", Password);
        var first = (await desk.Authenticator.LoginAsync("root", Password)).Token;
        var second = (await desk.Authenticator.LoginAsync("root", Password)).Token!;

        await desk.Sessions.LogoutAsync(second);
        var loggedOut = await desk.Sessions.ResolveAsync(second);
        desk.Clock.Advance(TimeSpan.FromHours(8) - TimeSpan.FromSeconds(1));
        var justBefore = await desk.Sessions.ResolveAsync(first);
        desk.Clock.Advance(TimeSpan.FromSeconds(1));
        var expired = await desk.Sessions.ResolveAsync(first);

        Assert.Multiple(() =>
        {
            Assert.That(loggedOut, Is.Null);
            Assert.That(justBefore?.Name, Is.EqualTo("root"));
            Assert.That(expired, Is.Null);
        });
    }

    [TestCase("sqlite")]
    [TestCase("postgres")]
    public async Task DisabledUser_CannotLogIn_AndLosesOpenSessions(string provider)
    {
        using var desk = await IdentityDesk.OpenAsync(provider: provider);
        await desk.Registry.InitAsync("root", Password);
        Assert.That(await desk.Registry.AddAsync("root", "alice", UserRole.Operator, "alice's long password"), Is.Null);
        var token = (await desk.Authenticator.LoginAsync("alice", "alice's long password")).Token;

        await desk.Store.SetDisabledAsync("alice", disabled: true, "root");

        Assert.Multiple(async () =>
        {
            Assert.That(await desk.Sessions.ResolveAsync(token), Is.Null);
            Assert.That((await desk.Authenticator.LoginAsync("alice", "alice's long password")).Refusal, Is.EqualTo("账户 'alice' 已停用 (disabled)，可由管理员恢复"));
        });
    }

    [TestCase("sqlite")]
    [TestCase("postgres")]
    public async Task Passwords_ShorterThanTwelveOrEqualToTheName_AreRefused_AndInitWorksOnlyOnce(string provider)
    {
        using var desk = await IdentityDesk.OpenAsync(provider: provider);

        Assert.Multiple(async () =>
        {
            Assert.That(await desk.Registry.InitAsync("root", "short pw"), Is.EqualTo("密码至少 12 个字符（此密码 8 个）(password too short)"));
            Assert.That(await desk.Registry.InitAsync("administrator", "Administrator"), Is.EqualTo("密码不能与用户名相同 (password equals the user name)"));
            Assert.That(await desk.Registry.InitAsync("root", Password), Is.Null);
            Assert.That(await desk.Registry.InitAsync("mallory", Password), Does.StartWith("users init 仅在尚无任何用户时可用"));
            Assert.That((await desk.Store.ListUsersAsync()).Select(u => u.Name), Is.EqualTo(new[] { "root" }));
        });
    }

    /// <summary>Whether the text stands anywhere in the store: in the SQLite file's bytes, or in any session row on PostgreSQL.</summary>
    private static async Task<bool> StoreHoldsAsync(IdentityDesk desk, string text) => desk.Provider == "postgres"
        ? (await desk.ScalarAsync("SELECT coalesce(string_agg(s::text, '|'), '') FROM sessions s")).Contains(text, StringComparison.Ordinal)
        : File.ReadAllBytes(Path.Combine(desk.Folder, "state.db")).AsSpan().IndexOf(System.Text.Encoding.ASCII.GetBytes(text)) >= 0;
}
