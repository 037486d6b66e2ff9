using RiskReporting.Core.State;
using RiskReporting.Identity.Directory;
using RiskReporting.Testing;

namespace RiskReporting.Identity.Tests;

/// <summary>Login through the bank's directory, against the real OpenLDAP server (slapd) .ci/run starts.</summary>
public sealed class LdapAuthenticatorTests
{
    [Test]
    public async Task UserRegisteredWithoutAPassword_LogsInThroughTheDirectory_AndKeepsTheRoleOfOurRegistry()
    {
        var (host, port, template, user, password) = LdapTestServer.Require();
        var ldap = new LdapAuthenticator(new LdapOptions { Host = host, Port = port, BindDnTemplate = template });
        using var desk = await IdentityDesk.OpenAsync(ldap);
        await desk.Registry.InitAsync("root", "correct horse battery");
        Assert.That(await desk.Registry.AddAsync("root", user, UserRole.Auditor, password: null), Is.Null);

        var wrong = await desk.Authenticator.LoginAsync(user, password + "x");
        var empty = await desk.Authenticator.LoginAsync(user, string.Empty);
        var right = await desk.Authenticator.LoginAsync(user, password);

        Assert.Multiple(async () =>
        {
            Assert.That(wrong.Refusal, Is.EqualTo(Authenticator.WrongNameOrPassword));
            Assert.That(empty.Refusal, Is.EqualTo(Authenticator.WrongNameOrPassword), "an empty password is an anonymous bind to LDAP, never a login");
            Assert.That(right.Succeeded, Is.True, right.Refusal);
            Assert.That((await desk.Sessions.ResolveAsync(right.Token))?.Role, Is.EqualTo(UserRole.Auditor));
            Assert.That((await desk.Store.ListAuditAsync("user:" + user)).Select(e => (e.Action, e.Detail)),
                Does.Contain(("login.ok", "目录验证 (directory bind)")).And.Contain(("login.fail", "第 2 次失败 (failure)，上限 5 次")));
        });
    }

    [Test]
    public async Task UnreachableDirectory_IsAnErrorThatNamesIt()
    {
        var ldap = new LdapAuthenticator(new LdapOptions { Host = "127.0.0.1", Port = 9, BindDnTemplate = "uid={0},dc=test", TimeoutSeconds = 2 });

        var refused = (await Assert.ThrowsAsync<DirectoryUnavailableException>(() => ldap.BindAsync("alice", "some password")))!;

        Assert.That(refused.Message, Does.StartWith("目录 (directory) ldap://127.0.0.1:9 未响应登录 (did not answer the login)"));
    }

    [TestCase("alice", "alice")]
    [TestCase("o'brien, jr", "o'brien\\, jr")]
    [TestCase("#admin ", "\\#admin\\ ")]
    [TestCase("a=b+c", "a\\=b\\+c")]
    public void UserName_IsEscapedInTheBindDn(string name, string escaped) =>
        Assert.That(LdapAuthenticator.EscapeDnValue(name), Is.EqualTo(escaped));
}
