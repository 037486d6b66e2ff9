using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace RiskReporting.Scheduler.Tests.Cli;

/// <summary>Destruction only after approval (issue #18, 第10条): `purge --plan`, `--request`, `--approve ID` by each position in turn, `--execute ID`.</summary>
public sealed class PurgeCommandTests
{
    [Test]
    public void APurge_IsRefusedUntilTheThreePositionsHaveEachApproved_ThenDestroysTheFolder_AndTheAuditChainStillVerifies()
    {
        using var folder = RiskReportProcess.NewFolder();
        var users = PublishedBankWithApprovers(folder);
        File.WriteAllText(folder.File("bank/retention.csv"), "kind,years,what\nrun_folder,0,运行目录\narchived_month,100,归档\n");
        var runFolder = folder.File("bank/work/202610/01");

        var before = Tree(folder.File("bank/work"));
        var auditBefore = users.As("chen", "audit", "list").Output;
        var plan = users.As("it", "purge", "--plan");
        var afterPlan = Tree(folder.File("bank/work"));
        var auditAfterPlan = users.As("chen", "audit", "list").Output;
        var request = users.As("ops1", "purge", "--request");
        var id = request.Output.Split('\n')[0].Trim();
        var tooEarly = users.As("ops1", "purge", "--execute", id);
        var byRequester = users.As("ops1", "purge", "--approve", id);
        var wrongPosition = users.As("mgr", "purge", "--approve", id);
        var first = users.As("head", "purge", "--approve", id);
        var sameUserTwice = users.As("head", "purge", "--approve", id);
        var second = users.As("mgr", "purge", "--approve", id);
        var stillTooEarly = users.As("ops1", "purge", "--execute", id);
        var third = users.As("gm", "purge", "--approve", id);
        var executed = users.As("ops1", "purge", "--execute", id);
        var again = users.As("ops1", "purge", "--execute", id);
        var verify = users.As("chen", "audit", "verify");
        var audit = users.As("chen", "audit", "list");

        Assert.Multiple(() =>
        {
            Assert.That(plan.ExitCode, Is.Zero, plan.Error);
            Assert.That(plan.Output, Does.Contain("run_folder").And.Contain("202610/01").And.Contain("1 项已超过保管期限 (past retention)；未作任何更改。"));
            Assert.That(afterPlan, Is.EqualTo(before), "purge --plan changes no file of the work folder");
            Assert.That(auditAfterPlan, Is.EqualTo(auditBefore), "purge --plan records nothing");
            Assert.That(request.ExitCode, Is.Zero, request.Error);
            Assert.That(id, Does.Match("^P[0-9a-f]{10}$"));
            Assert.That(tooEarly.ExitCode, Is.EqualTo(5));
            Assert.That(tooEarly.Error, Does.Contain($"销毁未执行：销毁申请 {id} 尚缺 客户信息主管、部门经理、总经理 的审批"));
            Assert.That(byRequester.ExitCode, Is.EqualTo(6), byRequester.Error);
            Assert.That(byRequester.Error, Does.Contain("不能审批自己的申请"));
            Assert.That(wrongPosition.ExitCode, Is.EqualTo(6), wrongPosition.Error);
            Assert.That(wrongPosition.Error, Does.Contain("第 1 步须由客户信息主管批准，'mgr' 的职务为部门经理"));
            Assert.That(first.ExitCode, Is.Zero, first.Error);
            Assert.That(sameUserTwice.ExitCode, Is.EqualTo(5), sameUserTwice.Output);
            Assert.That(sameUserTwice.Error, Does.Contain("每一步须由不同的人批准"));
            Assert.That(second.ExitCode, Is.Zero, second.Error);
            Assert.That(stillTooEarly.ExitCode, Is.EqualTo(5));
            Assert.That(stillTooEarly.Error, Does.Contain("尚缺 总经理 的审批"));
            Assert.That(third.ExitCode, Is.Zero, third.Error);
            Assert.That(third.Output, Does.Contain($"审批已齐全 (all approvals in)：`riskreport purge --execute {id}`"));
            Assert.That(executed.ExitCode, Is.Zero, executed.Error);
            Assert.That(Directory.Exists(runFolder), Is.False, "the run folder is destroyed");
            Assert.That(Directory.GetDirectories(folder.File("bank/work/202610")), Is.Empty, "no temporary folder left");
            Assert.That(Directory.Exists(folder.File("bank/work/archive/2026/Q4/202610/01")), Is.True, "the archive is kept");
            Assert.That(again.ExitCode, Is.EqualTo(5));
            Assert.That(verify.ExitCode, Is.Zero, verify.Output + verify.Error);
            Assert.That(audit.Output, Does.Contain("purge.execute").And.Contain("已销毁 (destroyed) 1 项：run_folder 202610/01 sha256")
                .And.Contain("审批人 (approved by) 1 客户信息主管 head，2 部门经理 mgr，3 总经理 gm"));
        });
    }

    [Test]
    public void Positions_AreSetByAnAdmin_ShownInTheUserList_AndOnlyTheBanksPositionsAreAccepted()
    {
        using var folder = RiskReportProcess.NewFolder();
        RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "tiny");
        var users = new CliUsers(folder.Path, "--config", "bank/appsettings.json").Add("head", "auditor").Add("ops1", "operator");

        var set = users.As("admin", "users", "position", "head", "客户信息主管");
        var unknown = users.As("admin", "users", "position", "head", "行长");
        var byOperator = users.As("ops1", "users", "position", "ops1", "总经理");
        var list = users.As("admin", "users", "list");
        var audit = users.As("admin", "audit", "list");

        Assert.Multiple(() =>
        {
            Assert.That(set.ExitCode, Is.Zero, set.Error);
            Assert.That(unknown.ExitCode, Is.EqualTo(2));
            Assert.That(unknown.Error, Does.Contain("'行长' 不是职务"));
            Assert.That(byOperator.ExitCode, Is.EqualTo(6));
            Assert.That(list.Output, Does.Contain("职务 (position)").And.Contain("客户信息主管"));
            Assert.That(audit.Output, Does.Contain("user.position"));
        });
    }

    [Test]
    public void AMalformedRetentionFile_IsRefusedNamingTheFileTheLineAndTheField()
    {
        using var folder = RiskReportProcess.NewFolder();
        var users = PublishedBankWithApprovers(folder);
        File.WriteAllText(folder.File("bank/retention.csv"), "kind,years,what\nrun_folder,five,运行目录\n");

        var plan = users.As("it", "purge", "--plan");

        Assert.That(plan.ExitCode, Is.EqualTo(2));
        Assert.That(plan.Error, Does.Contain("retention.csv 第 2 行，字段 years：'five' 应为 0–100 的整数年数"));
    }

    /// <summary>A tiny bank whose 202610 is published and filed, with an operator pair, itops, an auditor and one user per position; Purge:Retention is bank/retention.csv.</summary>
    private static CliUsers PublishedBankWithApprovers(RiskReporting.Testing.TemporaryDirectory folder)
    {
        RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "tiny");
        var settings = JsonNode.Parse(File.ReadAllText(folder.File("bank/appsettings.json")))!.AsObject();
        settings["Purge"] = new JsonObject { ["Retention"] = "retention.csv" };
        File.WriteAllText(folder.File("bank/appsettings.json"), settings.ToJsonString());
        var users = new CliUsers(folder.Path, "--config", "bank/appsettings.json")
            .Add("ops1", "operator").Add("ops2", "operator").Add("it", "itops").Add("chen", "auditor")
            .Add("head", "auditor").Add("mgr", "auditor").Add("gm", "auditor");
        foreach (var (name, position) in new[] { ("head", "客户信息主管"), ("mgr", "部门经理"), ("gm", "总经理") })
        {
            Assert.That(users.As("admin", "users", "position", name, position).ExitCode, Is.Zero);
        }

        Assert.That(users.As("ops1", "run", "--period", "202610").ExitCode, Is.Zero);
        users.WritesStatement("ops2", "202610");
        var approved = users.As("ops1", "approve", "--period", "202610");
        Assert.That(approved.ExitCode, Is.Zero, approved.Error);
        return users;
    }

    /// <summary>Every file under the folder with its SHA-256, the state store aside (a reading host may touch its journal).</summary>
    private static string[] Tree(string root) =>
        [.. Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith("state.db", StringComparison.Ordinal) && !f.Contains("/logs/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => f + " " + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f))))];
}
