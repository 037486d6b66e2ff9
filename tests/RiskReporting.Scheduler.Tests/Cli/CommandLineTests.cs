namespace RiskReporting.Scheduler.Tests.Cli;

/// <summary>The `riskreport` command line: its verbs, exit codes and one-line errors.</summary>
public sealed class CommandLineTests
{
    [Test]
    public void DemoInit_TinyBank_WritesSourceLedgersAndSettings()
    {
        using var folder = RiskReportProcess.NewFolder();

        var result = RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "tiny", "--plant");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Zero, result.Error);
            Assert.That(System.IO.File.Exists(folder.File("bank/source.db")), Is.True);
            Assert.That(System.IO.File.Exists(folder.File("bank/inbox/TYYWTZ_202609.csv")), Is.True);
            Assert.That(System.IO.File.Exists(folder.File("bank/inbox/TYYWTZ_202610.csv")), Is.True);
            Assert.That(System.IO.File.Exists(folder.File("bank/appsettings.json")), Is.True);
            Assert.That(System.IO.File.Exists(folder.File("bank/planted.csv")), Is.True);
            Assert.That(System.IO.File.Exists(folder.File("bank/planted-changes.sql")), Is.True);
            Assert.That(Directory.GetFiles(folder.File("bank"), "*.tmp", SearchOption.AllDirectories), Is.Empty);
            Assert.That(result.Output, Does.Contain("loan_month_end"));
        });
    }

    [Test]
    public void DemoInit_IntoAnExistingBank_IsRefusedWithoutForce()
    {
        using var folder = RiskReportProcess.NewFolder();
        RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "tiny");
        var before = System.IO.File.ReadAllBytes(folder.File("bank/source.db"));

        var result = RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "tiny", "--seed", "9");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Error.Trim().Split('\n'), Has.Length.EqualTo(1));
            Assert.That(result.Error, Does.Contain("--force"));
            Assert.That(System.IO.File.ReadAllBytes(folder.File("bank/source.db")), Is.EqualTo(before));
        });
    }

    [TestCase("run", "--period", "2026-10", TestName = "Run_PeriodNotYyyymm_IsAUsageError")]
    [TestCase("run", TestName = "Run_WithoutPeriod_IsAUsageError")]
    [TestCase("demo", "init", "--no-users", "--out", "x", "--size", "huge", TestName = "DemoInit_UnknownSize_IsAUsageError")]
    [TestCase("frobnicate", TestName = "UnknownVerb_IsAUsageError")]
    [TestCase("users", "add", "li.na", "--role", "superuser", TestName = "UsersAdd_UnknownRole_IsAUsageError")]
    public void BadCommandLine_ExitsTwoWithOneLine(params string[] arguments)
    {
        using var folder = RiskReportProcess.NewFolder();

        var result = RiskReportProcess.Run(folder.Path, arguments);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.Output + result.Error);
            Assert.That(result.Error.Trim(), Does.StartWith("riskreport: "));
            Assert.That(result.Error.Trim().Split('\n'), Has.Length.EqualTo(1));
        });
    }

    [TestCase("run")]
    [TestCase("status")]
    [TestCase("explain")]
    [TestCase("override")]
    [TestCase("approve")]
    [TestCase("correct")]
    [TestCase("verify")]
    [TestCase("rules")]
    [TestCase("trace")]
    [TestCase("scheduler")]
    [TestCase("disputes")]
    [TestCase("users")]
    [TestCase("demo")]
    [TestCase("login")]
    [TestCase("logout")]
    [TestCase("whoami")]
    public void EveryVerb_HasHelp(string verb)
    {
        using var folder = RiskReportProcess.NewFolder();

        var result = RiskReportProcess.Run(folder.Path, verb, "--help");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Zero, result.Error);
            Assert.That(result.Output, Does.Contain("用法:").And.Contain("选项:"), "Spectre's headings in Chinese (zh-Hans)");
        });
    }

    [Test]
    public void Scheduler_WithoutAFirstPeriod_RefusesToStart_NamingTheSetting()
    {
        using var folder = RiskReportProcess.NewFolder();

        var result = RiskReportProcess.Run(folder.Path, "scheduler");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Error, Does.Contain("Scheduler:FirstPeriod"));
        });
    }

    [Test]
    public void RunHelp_ShowsTheFixedContract()
    {
        using var folder = RiskReportProcess.NewFolder();

        var result = RiskReportProcess.Run(folder.Path, "run", "--help");

        foreach (var option in new[] { "--period", "--config", "--source", "--inbox", "--work", "--org", "--threshold" })
        {
            Assert.That(result.Output, Does.Contain(option));
        }

        Assert.That(result.Output, Does.Not.Contain("--user"), "who acts is the session's user");
    }

    [Test]
    public void UsersAdd_ThenList_ShowsTheUserInTheStateStoreUnderWork()
    {
        using var folder = RiskReportProcess.NewFolder();
        var users = new CliUsers(folder.Path, "--work", "w").Add("ops", "operator");

        var added = users.Typing("admin", CliUsers.Password, "users", "add", "zhang.wei", "--role", "branch:100001", "--password-stdin");
        var listed = users.As("admin", "users", "list");

        Assert.Multiple(() =>
        {
            Assert.That(added.ExitCode, Is.Zero, added.Error);
            Assert.That(System.IO.File.Exists(folder.File("w/state.db")), Is.True);
            Assert.That(listed.Output, Does.Contain("zhang.wei").And.Contain("branch:100001"));
        });
    }

    [Test]
    public void Run_WithAPasswordInTheSource_NeverPrintsThePassword()
    {
        using var folder = RiskReportProcess.NewFolder();

        CliUsers.Operator(folder.Path, "--work", "w");
        var result = RiskReportProcess.Run(folder.Path, "run", "--period", "202610", "--org", "B0001H111000001", "--work", "w",
            "--source", "postgres:Host=127.0.0.1;Port=1;Username=crrs;Password=TopSecret-42");

        Assert.That(result.Output + result.Error, Does.Not.Contain("TopSecret-42"));
    }

    [Test]
    public void DemoRun_OnAFreshFolder_BuildsTheBankAndReportsItsLatestPeriod()
    {
        using var folder = RiskReportProcess.NewFolder();

        var result = RiskReportProcess.Run(folder.Path, "demo", "run", "--dir", "demo");
        var whoami = RiskReportProcess.Run(folder.Path, "whoami", "--config", "demo/appsettings.json");
        var status = RiskReportProcess.Run(folder.Path, "status", "--config", "demo/appsettings.json");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Zero, result.Error);
            Assert.That(System.IO.File.Exists(folder.File("demo/source.db")), Is.True);
            Assert.That(result.Output, Does.Contain("202610"));
            Assert.That(result.Output, Does.Contain("演示已创建用户").And.Contain("li.qiang").And.Contain("chen.jing").And.Contain("branch:100001"));
            Assert.That(whoami.Output.Trim(), Is.EqualTo("zhang.wei operator"), "the demo left its operator logged in");
            Assert.That(status.ExitCode, Is.Zero, status.Error);
        });
    }

    [Test]
    public void DemoInit_MakesTheDemosUsers_AndLeavesItsOperatorLoggedIn_SoTheNextVerbNeedsNoSetUp()
    {
        using var folder = RiskReportProcess.NewFolder();

        var init = RiskReportProcess.Run(folder.Path, "demo", "init", "--out", "bank", "--size", "tiny");
        var whoami = RiskReportProcess.Run(folder.Path, "whoami", "--config", "bank/appsettings.json");
        var firstAdmin = RiskReportProcess.RunWith(folder.Path, folder.File("admin-session"), CliUsers.Password, ["users", "init", "someone", "--password-stdin", "--config", "bank/appsettings.json"]);

        Assert.Multiple(() =>
        {
            Assert.That(init.ExitCode, Is.Zero, init.Error);
            Assert.That(init.Output, Does.Contain("演示已创建用户").And.Contain("zhang.wei").And.Contain("wang.fang"));
            Assert.That(whoami.Output.Trim(), Is.EqualTo("zhang.wei operator"), "demo init left its operator logged in");
            Assert.That(firstAdmin.ExitCode, Is.Not.Zero, "users init works only while no user exists, and the demo made its own");
        });
    }

    [Test]
    public void DemoInit_WithNoUsers_LeavesTheFirstAdminToUsersInit()
    {
        using var folder = RiskReportProcess.NewFolder();

        var init = RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "tiny");
        var whoami = RiskReportProcess.Run(folder.Path, "whoami", "--config", "bank/appsettings.json");
        var firstAdmin = RiskReportProcess.RunWith(folder.Path, folder.File("admin-session"), CliUsers.Password, ["users", "init", "someone", "--password-stdin", "--config", "bank/appsettings.json"]);

        Assert.Multiple(() =>
        {
            Assert.That(init.ExitCode, Is.Zero, init.Error);
            Assert.That(init.Output, Does.Not.Contain("演示已创建用户"));
            Assert.That(whoami.ExitCode, Is.EqualTo(2), "no user, so no state store yet: whoami only reads, and refuses the folder rather than create an empty store");
            Assert.That(whoami.Error, Does.Contain("中没有状态库 (no state store: state.db)；只读命令不新建状态库。"));
            Assert.That(firstAdmin.ExitCode, Is.Zero, firstAdmin.Error);
        });
    }
}
