using RiskReporting.Core.Periods;
using RiskReporting.Store;

namespace RiskReporting.Scheduler.Tests.Cli;

/// <summary>Handover when staff change (issue #18, 第13–16条): `users handover OLD --to NEW`, then `users handover --acknowledge ID` by NEW.</summary>
public sealed class HandoverCommandTests
{
    [Test]
    public async Task AHandover_ListsAndReassignsWhatTheOldUserHolds_TheNewUserAcknowledges_AndTheOldUserCanNoLongerLogIn()
    {
        using var folder = RiskReportProcess.NewFolder();
        RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "tiny");
        var users = new CliUsers(folder.Path, "--config", "bank/appsettings.json").Add("ops1", "operator").Add("ops2", "operator").Add("ops3", "operator");
        Assert.That(users.As("ops2", "run", "--period", "202610").ExitCode, Is.Zero);
        // ops1 holds an override (liabilities above assets for one customer), the TS-DQ-004 warning's explanation and the 文字说明.
        var store = new SqliteStateStore(folder.File("bank/work/state.db"), TimeProvider.System);
        var run = (await store.ListRunsAsync(ReportingPeriod.Parse("202610"))).Single();
        var customer = (await store.LoadRecordsAsync(run.RunId, ["B3P1"]))["B3P1"].First(r => r["TOTAL_ASSETS"].Length > 0);
        var overridden = users.As("ops1", "override", "--period", "202610", "--part", "B3P1", "--key", customer.Key, "--field", "TOTAL_LIAB", "--value", "99999999.00", "--reason", "测试");
        Assert.That(users.As("ops2", "run", "--period", "202610").ExitCode, Is.Zero);
        var explained = users.As("ops1", "explain", "--period", "202610", "--rule", "TS-DQ-004", "--text", "已核实：客户资不抵债，已列入重点监测");
        users.WritesStatement("ops1", "202610");

        var byOperator = users.As("ops2", "users", "handover", "ops1", "--to", "ops2");
        var handover = users.As("admin", "users", "handover", "ops1", "--to", "ops2");
        var id = handover.Output.Split('\n')[0].Replace("交接清单", string.Empty, StringComparison.Ordinal).Trim();
        var pdf = folder.File($"bank/work/archive/handover/{id}.pdf");
        var byOther = users.As("ops3", "users", "handover", "--acknowledge", id);
        var stillIn = users.As("ops1", "whoami");
        var acknowledged = users.As("ops2", "users", "handover", "--acknowledge", id);
        var twice = users.As("ops2", "users", "handover", "--acknowledge", id);
        var oldSession = users.As("ops1", "whoami");
        var login = RiskReportProcess.RunWith(folder.Path, users.SessionOf("ops1"), CliUsers.Password, ["login", "ops1", "--password-stdin", "--config", "bank/appsettings.json"]);
        var audit = users.As("admin", "audit", "list");

        Assert.Multiple(() =>
        {
            Assert.That(overridden.ExitCode, Is.Zero, overridden.Error);
            Assert.That(explained.ExitCode, Is.Zero, explained.Error);
            Assert.That(handover.Output, Does.Contain("二、有效的人工修正").And.Contain("修正 B3P1 " + customer.Key + " TOTAL_LIAB"));
            Assert.That(byOperator.ExitCode, Is.EqualTo(6));
            Assert.That(handover.ExitCode, Is.Zero, handover.Error);
            Assert.That(id, Does.Match("^H[0-9a-f]{10}$"), handover.Output);
            Assert.That(handover.Output, Does.Contain("移交人：ops1").And.Contain("接收人：ops2")
                .And.Contain("一、未关闭的说明").And.Contain("说明 TS-DQ-004").And.Contain("三、待审批批次的文字说明草稿").And.Contain("第 01 批（待审批）"));
            Assert.That(File.Exists(pdf), Is.True, "the 交接清单 is filed under WORK/archive/handover/");
            Assert.That(File.ReadAllBytes(pdf)[..5], Is.EqualTo("%PDF-"u8.ToArray()));
            Assert.That(Directory.GetFiles(folder.File("bank/work/archive/handover")), Has.Length.EqualTo(1), "no temporary file left");
            Assert.That(byOther.ExitCode, Is.EqualTo(6));
            Assert.That(byOther.Error, Does.Contain("须由接收人 'ops2' 本人登录后确认"));
            Assert.That(stillIn.ExitCode, Is.Zero, "the old user works until the new one has acknowledged");
            Assert.That(acknowledged.ExitCode, Is.Zero, acknowledged.Error);
            Assert.That(acknowledged.Output, Does.Contain("ops1 已停用 (disabled)"));
            Assert.That(twice.ExitCode, Is.EqualTo(5));
            Assert.That(oldSession.ExitCode, Is.EqualTo(6), "the old user's sessions are revoked");
            Assert.That(login.ExitCode, Is.EqualTo(6), "the old user cannot log in");
            Assert.That(audit.Output, Does.Contain("user.handover").And.Contain("handover.acknowledge").And.Contain("user.disable"));
            Assert.That(audit.Output.Split('\n').Where(l => l.Contains("statement.submit", StringComparison.Ordinal)), Has.Some.Contain("ops1"), "history keeps the old user as the writer");
        });
    }
}
