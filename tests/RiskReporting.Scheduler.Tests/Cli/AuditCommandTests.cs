using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using MimeKit;
using netDumbster.smtp;

namespace RiskReporting.Scheduler.Tests.Cli;

/// <summary>`audit list` and `audit verify` (issue #14): the SM3 chain catches a changed, a deleted and two swapped entries, each made with SQL on the store.</summary>
public sealed class AuditCommandTests
{
    [Test]
    public void AuditVerify_OnAnUntouchedStore_ExitsZero_AndOnlyAuditorsAndAdminsMayVerifyOrList()
    {
        using var folder = RiskReportProcess.NewFolder();
        var users = new CliUsers(folder.Path, "--work", "w").Add("ops", "operator").Add("audit", "auditor");

        var byAuditor = users.As("audit", "audit", "verify");
        var byAdmin = users.As("admin", "audit", "verify");
        var byOperator = users.As("ops", "audit", "verify");
        var listed = users.As("audit", "audit", "list", "--actor", "admin");
        var listedByOperator = users.As("ops", "audit", "list");

        Assert.Multiple(() =>
        {
            Assert.That(byAuditor.ExitCode, Is.Zero, byAuditor.Error);
            Assert.That(byAuditor.Output, Does.Contain("intact"));
            Assert.That(byAdmin.ExitCode, Is.Zero, byAdmin.Error);
            Assert.That(byOperator.ExitCode, Is.EqualTo(6));
            Assert.That(byOperator.Error, Does.Contain("需要角色 (needs the role) auditor 或 admin"));
            Assert.That(listed.ExitCode, Is.Zero, listed.Error);
            Assert.That(listed.Output, Does.Contain("user.init").And.Contain("user.add").And.Not.Contain("│ ops "));
            Assert.That(listedByOperator.ExitCode, Is.EqualTo(6));
        });
    }

    [TestCase("UPDATE audit_entries SET actor = 'mallory' WHERE entry_id = 3", "条目 (entry) 3 被改动过 (changed)", TestName = "AuditVerify_AfterAnEntryIsChangedWithSql_ExitsOneNamingIt")]
    [TestCase("DELETE FROM audit_entries WHERE entry_id = 3", "条目 (entry) 4 之前的第", TestName = "AuditVerify_AfterAnEntryIsDeletedWithSql_ExitsOneNamingTheEntryAfterTheGap")]
    [TestCase(Swap, "条目 (entry) 3 顺序错乱 (out of order)", TestName = "AuditVerify_AfterTwoEntriesAreSwappedWithSql_ExitsOneNamingTheFirstOutOfPlace")]
    public void AuditVerify_AfterTheStoreIsEditedBehindTheEnginesBack_ExitsOneNamingTheFirstBadEntry(string sql, string named)
    {
        using var folder = RiskReportProcess.NewFolder();
        var users = new CliUsers(folder.Path, "--work", "w").Add("ops", "operator").Add("audit", "auditor");
        Assert.That(users.As("audit", "audit", "verify").ExitCode, Is.Zero);

        using (var connection = new SqliteConnection($"Data Source={folder.File("w/state.db")};Pooling=false"))
        {
            connection.Open();
            using var edit = connection.CreateCommand();
            edit.CommandText = sql;
            Assert.That(edit.ExecuteNonQuery(), Is.GreaterThan(0));
        }

        var verified = users.As("audit", "audit", "verify");

        Assert.Multiple(() =>
        {
            Assert.That(verified.ExitCode, Is.EqualTo(1), verified.Output + verified.Error);
            Assert.That(verified.Error, Does.Contain("审计链已被破坏 (the audit chain is broken)：").And.Contain(named));
        });
    }

    [Test]
    public void AuditVerify_ChainBroken_MailsTheAuditorsBeforeItExits_WithThePeriodAndEventInTheSubject()
    {
        using var server = SimpleSmtpServer.Start();
        using var folder = RiskReportProcess.NewFolder();
        File.WriteAllText(folder.File("appsettings.json"), $$"""
            { "Notifications": { "Smtp": "127.0.0.1:{{server.Configuration.Port.ToString(CultureInfo.InvariantCulture)}}", "From": "crrs@bank.test", "Roles": { "auditor": [ "audit@bank.test" ] } } }
            """);
        var users = new CliUsers(folder.Path, "--work", "w").Add("audit", "auditor");
        using (var connection = new SqliteConnection($"Data Source={folder.File("w/state.db")};Pooling=false"))
        {
            connection.Open();
            using var edit = connection.CreateCommand();
            edit.CommandText = "UPDATE audit_entries SET actor = 'mallory' WHERE entry_id = 2";
            edit.ExecuteNonQuery();
        }

        var verified = users.As("audit", "audit", "verify");

        var mail = server.ReceivedEmail.Select(m => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data)))).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(verified.ExitCode, Is.EqualTo(1), verified.Output + verified.Error);
            Assert.That(mail, Has.Count.EqualTo(1));
            Assert.That(mail.FirstOrDefault()?.Subject, Does.Match(@"^\[CRRS\] \d{6} 审计链校验失败 audit verify FAILED$"));
            Assert.That(mail.FirstOrDefault()?.To.Mailboxes.Select(m => m.Address), Is.EqualTo(new[] { "audit@bank.test" }));
            Assert.That(mail.FirstOrDefault()?.TextBody, Does.Contain("条目 (entry) 2 被改动过 (changed)"));
        });
    }

    /// <summary>Entries 3 and 4 change places, each keeping its own (valid) hash: only the order betrays them.</summary>
    private const string Swap = """
        CREATE TEMP TABLE pair AS SELECT * FROM audit_entries WHERE entry_id IN (3, 4);
        UPDATE audit_entries SET
          at = (SELECT at FROM pair WHERE pair.entry_id = 7 - audit_entries.entry_id),
          actor = (SELECT actor FROM pair WHERE pair.entry_id = 7 - audit_entries.entry_id),
          action = (SELECT action FROM pair WHERE pair.entry_id = 7 - audit_entries.entry_id),
          subject = (SELECT subject FROM pair WHERE pair.entry_id = 7 - audit_entries.entry_id),
          detail = (SELECT detail FROM pair WHERE pair.entry_id = 7 - audit_entries.entry_id),
          seq = (SELECT seq FROM pair WHERE pair.entry_id = 7 - audit_entries.entry_id),
          prev_hash = (SELECT prev_hash FROM pair WHERE pair.entry_id = 7 - audit_entries.entry_id),
          entry_hash = (SELECT entry_hash FROM pair WHERE pair.entry_id = 7 - audit_entries.entry_id)
        WHERE entry_id IN (3, 4);
        """;
}
