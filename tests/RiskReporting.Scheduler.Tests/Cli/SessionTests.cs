using RiskReporting.Core.State;
using RiskReporting.Store;

namespace RiskReporting.Scheduler.Tests.Cli;

/// <summary>Who acts is the session's user (issue #14): first use, login, logout, whoami, and the exit-6 refusals.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SessionTests
{
    [TestCase("status")]
    [TestCase("whoami")]
    [TestCase("users", "list")]
    [TestCase("approve", "--period", "202610")]
    public void AVerb_WithoutASession_ExitsSixAskingToLogIn(params string[] arguments)
    {
        using var folder = RiskReportProcess.NewFolder();

        // A store with users, but no session (a verb that only reads refuses a folder with no store at all: OneVoiceTests).
        new CliUsers(folder.Path, "--work", "w").Add("ops", "operator");
        var result = RiskReportProcess.Run(folder.Path, [.. arguments, "--work", "w"]);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(6), result.Output + result.Error);
            Assert.That(result.Error.Trim(), Is.EqualTo("riskreport: 未登录 (not logged in): riskreport login NAME"));
        });
    }

    [Test]
    public async Task UsersInit_Login_Whoami_Logout_TheSessionFileIsPrivate_AndEveryAttemptIsAudited()
    {
        using var folder = RiskReportProcess.NewFolder();
        var session = folder.File("home/.config/riskreport/session");

        var init = RiskReportProcess.RunWith(folder.Path, session, CliUsers.Password, "users", "init", "root", "--password-stdin", "--work", "w");
        var secondInit = RiskReportProcess.RunWith(folder.Path, session, CliUsers.Password, "users", "init", "intruder", "--password-stdin", "--work", "w");
        var wrong = RiskReportProcess.RunWith(folder.Path, session, "not-the-passphrase", "login", "root", "--password-stdin", "--work", "w");
        var noSessionYet = File.Exists(session);
        var login = RiskReportProcess.RunWith(folder.Path, session, CliUsers.Password, "login", "root", "--password-stdin", "--work", "w");
        var token = File.ReadAllText(session).Trim();
        var fileMode = File.GetUnixFileMode(session);
        var folderMode = File.GetUnixFileMode(Path.GetDirectoryName(session)!);
        var whoami = RiskReportProcess.RunWith(folder.Path, session, null, "whoami", "--work", "w");
        var logout = RiskReportProcess.RunWith(folder.Path, session, null, "logout", "--work", "w");
        File.WriteAllText(session, token);
        var afterLogout = RiskReportProcess.RunWith(folder.Path, session, null, "whoami", "--work", "w");

        var store = new SqliteStateStore(folder.File("w/state.db"), TimeProvider.System);
        var actions = (await store.ListAuditAsync("user:")).Select(a => a.Action).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(init.ExitCode, Is.Zero, init.Error);
            Assert.That(secondInit.ExitCode, Is.EqualTo(6), "users init works only while no user exists");
            Assert.That(secondInit.Error, Does.Contain("仅在尚无任何用户时可用"));
            Assert.That(wrong.ExitCode, Is.EqualTo(6));
            Assert.That(wrong.Error, Does.Contain("wrong user name or password"));
            Assert.That(noSessionYet, Is.False, "a refused login writes no session");
            Assert.That(login.ExitCode, Is.Zero, login.Error);
            Assert.That(token, Has.Length.GreaterThanOrEqualTo(43), "256 random bits");
            Assert.That(fileMode, Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
            Assert.That(folderMode, Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));
            Assert.That(whoami.Output.Trim(), Is.EqualTo("root admin"));
            Assert.That(logout.ExitCode, Is.Zero, logout.Error);
            Assert.That(File.Exists(session), Is.True, "the test put the old token back");
            Assert.That(afterLogout.ExitCode, Is.EqualTo(6), "a logged-out token opens nothing, even when kept");
            Assert.That(actions, Does.Contain("user.init").And.Contain("login.fail").And.Contain("login.ok"));
            Assert.That(File.ReadAllText(folder.File("w/state.db")), Does.Not.Contain(token), "the store keeps only the token's SM3");
        });
    }

    [Test]
    public void Roles_AreEnforcedInTheEngine_EachRefusalExitsSixNamingTheRoleNeeded()
    {
        using var folder = RiskReportProcess.NewFolder();
        var users = new CliUsers(folder.Path, "--work", "w").Add("ops", "operator").Add("audit", "auditor").Add("li", "branch:100001");

        var branchAddsAUser = users.Typing("li", CliUsers.Password, "users", "add", "ghost", "--role", "operator", "--password-stdin");
        var operatorLists = users.As("ops", "users", "list");
        var adminApproves = users.As("admin", "approve", "--period", "202610");
        var adminOwnRole = users.As("admin", "users", "role", "admin", "operator");
        var auditorRuns = users.As("audit", "run", "--period", "202610");
        var auditorLists = users.As("audit", "users", "list");
        var adminChangesRole = users.As("admin", "users", "role", "li", "auditor");
        var disabled = users.As("admin", "users", "disable", "ops");
        var disabledActs = users.As("ops", "whoami");
        var listed = users.As("admin", "users", "list");

        Assert.Multiple(() =>
        {
            Assert.That(branchAddsAUser.ExitCode, Is.EqualTo(6));
            Assert.That(branchAddsAUser.Error, Does.Contain("需要角色 (needs the role) admin"));
            Assert.That(operatorLists.ExitCode, Is.EqualTo(6));
            Assert.That(operatorLists.Error, Does.Contain("需要角色 (needs the role) auditor 或 admin"));
            Assert.That(adminApproves.ExitCode, Is.EqualTo(6), "an admin cannot approve");
            Assert.That(adminApproves.Error, Does.Contain("需要角色 (needs the role) operator"));
            Assert.That(adminOwnRole.ExitCode, Is.EqualTo(6));
            Assert.That(adminOwnRole.Error, Does.Contain("不能更改自己的角色"));
            Assert.That(auditorRuns.ExitCode, Is.EqualTo(6), "an auditor changes nothing");
            Assert.That(auditorLists.ExitCode, Is.Zero, auditorLists.Error);
            Assert.That(adminChangesRole.ExitCode, Is.Zero, adminChangesRole.Error);
            Assert.That(disabled.ExitCode, Is.Zero, disabled.Error);
            Assert.That(disabledActs.ExitCode, Is.EqualTo(6), "disabling a user ends its sessions");
            Assert.That(listed.Output, Does.Not.Contain("ghost").And.Contain("auditor"));
        });
    }
}
