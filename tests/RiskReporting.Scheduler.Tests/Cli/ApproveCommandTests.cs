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
        RiskReportProcess.Run(folder.Path, "demo", "init", "--out", "bank", "--size", "tiny");
        Cli("users", "add", "ops1", "--role", "operator");
        Cli("users", "add", "ops2", "--role", "operator");
        Cli("run", "--period", "202610");

        // A warning the operators must explain: liabilities above assets for one customer, set by an override.
        var store = new SqliteStateStore(folder.File("bank/work/state.db"), TimeProvider.System);
        var run = (await store.ListRunsAsync(ReportingPeriod.Parse("202610"))).Single();
        var customer = (await store.LoadRecordsAsync(run.RunId, ["B3P1"]))["B3P1"].First(r => r["TOTAL_ASSETS"].Length > 0);
        Cli("override", "--period", "202610", "--part", "B3P1", "--key", customer.Key, "--field", "TOTAL_LIAB", "--value", "99999999.00", "--reason", "测试", "--user", "ops1");
        var rerun = Cli("run", "--period", "202610");
        var outbox = folder.File("bank/work/outbox");

        var unexplained = Cli("approve", "--period", "202610", "--user", "ops2");
        Cli("explain", "--period", "202610", "--rule", "TS-DQ-004", "--text", "已核实：客户资不抵债，已列入重点监测", "--user", "ops1");
        var byExplainer = Cli("approve", "--period", "202610", "--user", "ops1");
        var outboxBefore = Directory.Exists(outbox) ? Directory.GetFiles(outbox) : [];
        var approved = Cli("approve", "--period", "202610", "--user", "ops2");
        var again = Cli("run", "--period", "202610");

        Assert.Multiple(() =>
        {
            Assert.That(rerun.ExitCode, Is.Zero, rerun.Error);
            Assert.That(unexplained.ExitCode, Is.EqualTo(5));
            Assert.That(unexplained.Error, Does.Contain("not explained").And.Contain("TS-DQ-004"));
            Assert.That(byExplainer.ExitCode, Is.EqualTo(5));
            Assert.That(byExplainer.Error, Does.Contain("four eyes"));
            Assert.That(outboxBefore, Is.Empty, "nothing reaches the outbox before approval");
            Assert.That(approved.ExitCode, Is.Zero, approved.Error);
            Assert.That(Directory.GetFiles(outbox).Select(Path.GetFileName), Is.EqualTo(new[] { "B0001H111000001_KHFX_20261031_01.zip" }));
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
        RiskReportProcess.Run(folder.Path, "demo", "init", "--out", "bank", "--size", "tiny");
        Cli("users", "add", "ops1", "--role", "operator");
        Cli("users", "add", "ops2", "--role", "operator");
        Cli("run", "--period", "202610");
        var store = new SqliteStateStore(folder.File("bank/work/state.db"), TimeProvider.System);
        var run = (await store.ListRunsAsync(ReportingPeriod.Parse("202610"))).Single();
        var customer = (await store.LoadRecordsAsync(run.RunId, ["B3P1"]))["B3P1"].First(r => r["TOTAL_ASSETS"].Length > 0);
        Cli("override", "--period", "202610", "--part", "B3P1", "--key", customer.Key, "--field", "TOTAL_LIAB", "--value", "99999999.00", "--reason", "测试", "--user", "ops1");
        Cli("run", "--period", "202610");

        // What an outside tester does with sqlite3: the unexplained warnings simply vanish from the store.
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={folder.File("bank/work/state.db")};Pooling=false"))
        {
            connection.Open();
            using var delete = connection.CreateCommand();
            delete.CommandText = "DELETE FROM findings WHERE severity = 'WARNING'";
            Assert.That(delete.ExecuteNonQuery(), Is.GreaterThan(0));
        }

        var approve = Cli("approve", "--period", "202610", "--user", "ops2");

        Assert.Multiple(() =>
        {
            Assert.That(approve.ExitCode, Is.EqualTo(5));
            Assert.That(approve.Error, Does.Contain("findings no longer match the digest recorded in the audit chain"));
            Assert.That(Directory.Exists(folder.File("bank/work/outbox")) ? Directory.GetFiles(folder.File("bank/work/outbox")) : [], Is.Empty);
        });
    }
}
