using RiskReporting.Core.Periods;
using RiskReporting.Core.State;
using RiskReporting.Store;

namespace RiskReporting.Scheduler.Tests.Cli;

/// <summary>Four eyes: no ERROR, every warning explained, the approver explained none; only then does the package reach the outbox.</summary>
public sealed class ApproveCommandTests
{
    [Test]
    public async Task Approve_IsRefusedWhileAWarningIsUnexplained_AndToItsExplainer_ThenAcceptedFromASecondOperator()
    {
        using var folder = RiskReportProcess.NewFolder();
        RiskReportProcess.Result Cli(params string[] args) => RiskReportProcess.Run(folder.Path, [.. args, "--config", "bank/appsettings.json"]);
        RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "tiny");
        var users = new CliUsers(folder.Path, "--config", "bank/appsettings.json").Add("ops1", "operator").Add("ops2", "operator").ByDefault("ops1");
        Cli("run", "--period", "202610");

        // A warning the operators must explain: liabilities above assets for one customer, set by an override.
        var store = new SqliteStateStore(folder.File("bank/work/state.db"), TimeProvider.System);
        var run = (await store.ListRunsAsync(ReportingPeriod.Parse("202610"))).Single();
        var customer = (await store.LoadRecordsAsync(run.RunId, ["B3P1"]))["B3P1"].First(r => r["TOTAL_ASSETS"].Length > 0);
        users.As("ops1", "override", "--period", "202610", "--part", "B3P1", "--key", customer.Key, "--field", "TOTAL_LIAB", "--value", "99999999.00", "--reason", "测试");
        var rerun = Cli("run", "--period", "202610");
        var outbox = folder.File("bank/work/outbox");

        var unexplained = users.As("ops2", "approve", "--period", "202610");
        users.As("ops1", "explain", "--period", "202610", "--rule", "TS-DQ-004", "--text", "已核实：客户资不抵债，已列入重点监测");
        var byExplainer = users.As("ops1", "approve", "--period", "202610");
        var withoutStatement = users.As("ops2", "approve", "--period", "202610");
        users.WritesStatement("ops1", "202610");
        var outboxBefore = Directory.Exists(outbox) ? Directory.GetFiles(outbox) : [];
        var approved = users.As("ops2", "approve", "--period", "202610");
        var again = Cli("run", "--period", "202610");

        Assert.Multiple(() =>
        {
            Assert.That(rerun.ExitCode, Is.Zero, rerun.Error);
            Assert.That(unexplained.ExitCode, Is.EqualTo(5));
            Assert.That(unexplained.Error, Does.Contain("未说明").And.Contain("TS-DQ-004"));
            Assert.That(byExplainer.ExitCode, Is.EqualTo(5));
            Assert.That(byExplainer.Error, Does.Contain("four eyes"));
            Assert.That(withoutStatement.ExitCode, Is.EqualTo(5), "approval requires the month's 文字说明");
            Assert.That(withoutStatement.Error, Does.Contain("尚无文字说明"));
            Assert.That(outboxBefore, Is.Empty, "nothing reaches the outbox before approval");
            Assert.That(approved.ExitCode, Is.Zero, approved.Error);
            Assert.That(Directory.GetFiles(outbox).Select(Path.GetFileName), Is.EquivalentTo(new[] { "B0001H111000001_KHFX_20261031_01.zip", "B0001H111000001_KHFX_20261031_01.zip.audit-head" }), "the package, and beside it the audit chain head at publication");
            Assert.That(again.ExitCode, Is.EqualTo(5), "a published period is refused with a pointer to correct");
            Assert.That(again.Error, Does.Contain("correct"));
        });
        var audit = await store.ListAuditAsync("period:202610");
        Assert.That(audit.Select(a => a.Action), Does.Contain("run.approve").And.Contain("finding.explain").And.Contain("override.add"));
    }

    [Test]
    public async Task Approve_IsRefused_AfterAWarningRowIsDeletedFromTheStoreBehindTheEnginesBack()
    {
        using var folder = RiskReportProcess.NewFolder();
        RiskReportProcess.Result Cli(params string[] args) => RiskReportProcess.Run(folder.Path, [.. args, "--config", "bank/appsettings.json"]);
        RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "tiny");
        var users = new CliUsers(folder.Path, "--config", "bank/appsettings.json").Add("ops1", "operator").Add("ops2", "operator").ByDefault("ops1");
        Cli("run", "--period", "202610");
        var store = new SqliteStateStore(folder.File("bank/work/state.db"), TimeProvider.System);
        var run = (await store.ListRunsAsync(ReportingPeriod.Parse("202610"))).Single();
        var customer = (await store.LoadRecordsAsync(run.RunId, ["B3P1"]))["B3P1"].First(r => r["TOTAL_ASSETS"].Length > 0);
        users.As("ops1", "override", "--period", "202610", "--part", "B3P1", "--key", customer.Key, "--field", "TOTAL_LIAB", "--value", "99999999.00", "--reason", "测试");
        Cli("run", "--period", "202610");

        // What an outside tester does with sqlite3: the unexplained warnings simply vanish from the store.
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={folder.File("bank/work/state.db")};Pooling=false"))
        {
            connection.Open();
            using var delete = connection.CreateCommand();
            delete.CommandText = "DELETE FROM findings WHERE severity = 'WARNING'";
            Assert.That(delete.ExecuteNonQuery(), Is.GreaterThan(0));
        }

        var approve = users.As("ops2", "approve", "--period", "202610");

        Assert.Multiple(() =>
        {
            Assert.That(approve.ExitCode, Is.EqualTo(5));
            Assert.That(approve.Error, Does.Contain("问题清单与运行结束时记入审计链的摘要不符"));
            Assert.That(Directory.Exists(folder.File("bank/work/outbox")) ? Directory.GetFiles(folder.File("bank/work/outbox")) : [], Is.Empty);
        });
    }

    [Test]
    public async Task Approve_IsRefusedToWhoMadeAnAppliedOverride_ToWhoExplained_AndToWhoStartedTheCorrection_EachAsASeparateLogin()
    {
        using var folder = RiskReportProcess.NewFolder();
        RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "tiny");
        var users = new CliUsers(folder.Path, "--config", "bank/appsettings.json")
            .Add("maker", "operator").Add("explainer", "operator").Add("checker", "operator").Add("corrector", "operator").ByDefault("maker");
        RiskReportProcess.Run(folder.Path, "run", "--period", "202610", "--config", "bank/appsettings.json");
        var store = new SqliteStateStore(folder.File("bank/work/state.db"), TimeProvider.System);
        var run = (await store.ListRunsAsync(ReportingPeriod.Parse("202610"))).Single();
        var customer = (await store.LoadRecordsAsync(run.RunId, ["B3P1"]))["B3P1"].First(r => r["TOTAL_ASSETS"].Length > 0);
        users.As("maker", "override", "--period", "202610", "--part", "B3P1", "--key", customer.Key, "--field", "TOTAL_LIAB", "--value", "99999999.00", "--reason", "测试");
        users.As("maker", "run", "--period", "202610");
        users.As("explainer", "explain", "--period", "202610", "--rule", "TS-DQ-004", "--text", "已核实：客户资不抵债，已列入重点监测");
        users.WritesStatement("explainer", "202610");

        var byMaker = users.As("maker", "approve", "--period", "202610");
        var byExplainer = users.As("explainer", "approve", "--period", "202610");
        var byChecker = users.As("checker", "approve", "--period", "202610");
        users.As("checker", "override", "--period", "202610", "--part", "B3P1", "--key", customer.Key, "--field", "TOTAL_LIAB", "--value", "99999998.00", "--reason", "更正测试");
        var corrected = users.As("corrector", "correct", "--period", "202610", "--reason", "更正负债");
        users.As("explainer", "explain", "--period", "202610", "--rule", "TS-DQ-004", "--text", "已核实：更正后仍资不抵债");
        var byCorrector = users.As("corrector", "approve", "--period", "202610");

        Assert.Multiple(() =>
        {
            Assert.That(byMaker.ExitCode, Is.EqualTo(5), byMaker.Output + byMaker.Error);
            Assert.That(byMaker.Error, Does.Contain("maker 做了本批次采用的修订").And.Contain("four eyes"));
            Assert.That(byExplainer.ExitCode, Is.EqualTo(5));
            Assert.That(byExplainer.Error, Does.Contain("explainer 说明了本批次的提示"));
            Assert.That(byChecker.ExitCode, Is.Zero, byChecker.Error);
            Assert.That(corrected.ExitCode, Is.Zero, corrected.Output + corrected.Error);
            Assert.That(byCorrector.ExitCode, Is.EqualTo(5), byCorrector.Output + byCorrector.Error);
            Assert.That(byCorrector.Error, Does.Contain("corrector 发起了本次订正（第 02 批）"));
        });
    }
}
