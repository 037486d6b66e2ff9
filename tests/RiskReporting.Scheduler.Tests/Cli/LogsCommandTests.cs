using System.Text.Json;
using Microsoft.Data.Sqlite;
using System.Text.RegularExpressions;

namespace RiskReporting.Scheduler.Tests.Cli;

/// <summary>`riskreport logs --run` and the host's JSON log as IT operations meet them.</summary>
public sealed partial class LogsCommandTests
{
    [Test]
    public void Logs_RunIdFromStatus_PrintsThatRunsLog_AndTheHostLogGoesToLoggingFolderAsJson()
    {
        using var folder = RiskReportProcess.NewFolder();
        RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "tiny");
        var settings = folder.File("bank/appsettings.json");
        File.WriteAllText(settings, "{ \"Logging\": { \"Folder\": \"../applogs\" }," + File.ReadAllText(settings).TrimStart()[1..]);
        new CliUsers(folder.Path, "--config", "bank/appsettings.json").Add("ops1", "operator").ByDefault("ops1");
        RiskReportProcess.Run(folder.Path, "run", "--period", "202610", "--config", "bank/appsettings.json");
        var status = RiskReportProcess.Run(folder.Path, "status", "--config", "bank/appsettings.json");
        var runId = RunId().Match(status.Output).Value;

        var logs = RiskReportProcess.Run(folder.Path, "logs", "--run", runId, "--config", "bank/appsettings.json");

        var hostLog = Directory.GetFiles(folder.File("applogs"), "riskreport-*.json").SelectMany(File.ReadAllLines).Where(l => l.Length > 0).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(runId, Is.Not.Empty, status.Output);
            Assert.That(logs.ExitCode, Is.Zero, logs.Error);
            Assert.That(logs.Output, Does.StartWith("# 202610 第 01 批 ").And.Contain("发起人 (started by) ops1").And.Contain("sha256"));
            Assert.That(logs.Output, Does.Match(@"\d\d:\d\d:\d\d\.\d{3}\+08:00 "), "run.log is stamped in Beijing time with its offset");
            Assert.That(hostLog, Is.Not.Empty);
            Assert.That(hostLog, Has.All.Matches<string>(l => l is not null && JsonDocument.Parse(l).RootElement.GetProperty("time").GetString()!.EndsWith("+08:00", StringComparison.Ordinal)));
            Assert.That(hostLog.Count(l => l.Contains("migrations applied", StringComparison.Ordinal)), Is.LessThanOrEqualTo(1), "a start that applies no migration logs none");
            Assert.That(Directory.Exists(folder.File("bank/work/logs")), Is.False, "Logging:Folder moves the log");
        });
    }

    [Test]
    public void EveryCommittedAuditEvent_IsOneLogLine_WithItsSeqAndAction_ButNoDetailNorUserName()
    {
        using var folder = RiskReportProcess.NewFolder();
        var users = new CliUsers(folder.Path, "--work", "w").Add("ops", "operator").Add("audit", "auditor");
        users.As("ops", "whoami");
        users.As("audit", "audit", "verify");
        users.As("ops", "logout");

        List<(long Seq, string Action, string Subject)> chain;
        using (var connection = new SqliteConnection($"Data Source={folder.File("w/state.db")};Pooling=false"))
        {
            connection.Open();
            using var read = connection.CreateCommand();
            read.CommandText = "SELECT seq, action, subject FROM audit_entries ORDER BY seq";
            using var rows = read.ExecuteReader();
            chain = [];
            while (rows.Read())
            {
                chain.Add((rows.GetInt64(0), rows.GetString(1), rows.GetString(2)));
            }
        }

        var auditLines = Directory.GetFiles(folder.File("w/logs"), "riskreport-*.json").SelectMany(File.ReadAllLines)
            .Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement)
            .Where(e => e.GetProperty("eventId").GetInt32() == 7200).ToList();
        var logged = auditLines.Select(e => (e.GetProperty("Seq").GetInt64(), e.GetProperty("Action").GetString())).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(chain.Select(c => c.Action), Does.Contain("user.init").And.Contain("session.start").And.Contain("logout"));
            Assert.That(logged, Is.EqualTo(chain.Select(c => (c.Seq, (string?)c.Action)).ToList()), "each entry once, in chain order, across the verbs that wrote them");
            Assert.That(chain.Select(c => c.Subject), Has.Some.EqualTo("user:ops"));
            Assert.That(auditLines, Has.All.Matches<JsonElement>(e => e.GetProperty("At").GetString()!.EndsWith("+08:00", StringComparison.Ordinal)));
            Assert.That(auditLines.Select(e => e.GetRawText()), Has.None.Contains("会话 (session)").And.None.Contains("role="), "the detail stays in the chain");
            Assert.That(auditLines.Select(e => e.GetRawText()), Has.None.Contains("ops").And.None.Contains("audit\""), "no user's name, as actor or subject");
            Assert.That(auditLines.Select(e => e.GetRawText()), Has.All.Contains("\"message\":\"审计 (audit) "), "the message is in Chinese, written as characters, not \\u escapes");
        });
    }

    [Test]
    public void ASavedUser_IsLoggedWithItsRole_ButNeitherItsNameNorTheAdmins()
    {
        using var folder = RiskReportProcess.NewFolder();
        var users = new CliUsers(folder.Path, "--work", "w").Add("zhangwei", "operator");
        users.As("admin", "users", "role", "zhangwei", "auditor");

        var lines = Directory.GetFiles(folder.File("w/logs"), "riskreport-*.json").SelectMany(File.ReadAllLines)
            .Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var saved = lines.Where(e => e.GetProperty("eventId").GetInt32() == 6003).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(saved.Select(e => e.GetProperty("Role").GetString()), Is.EqualTo(new[] { "operator", "auditor" }));
            Assert.That(saved.Select(e => e.GetProperty("message").GetString()), Has.All.StartsWith("用户 (user:*) 已保存"));
            Assert.That(lines.Select(e => e.GetRawText()), Has.None.Contains("zhangwei"), "no user's name in any line");
        });
    }

    [Test]
    public void Logs_UnknownRun_IsRefusedAsNotFound()
    {
        using var folder = RiskReportProcess.NewFolder();
        RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "tiny");
        new CliUsers(folder.Path, "--config", "bank/appsettings.json").Add("ops1", "operator").ByDefault("ops1");

        var logs = RiskReportProcess.Run(folder.Path, "logs", "--run", "ffffffffffff", "--config", "bank/appsettings.json");

        Assert.Multiple(() =>
        {
            Assert.That(logs.ExitCode, Is.Not.Zero);
            Assert.That(logs.Error, Does.Contain("ffffffffffff"));
        });
    }

    [GeneratedRegex(@"(?<=202610\W+)[0-9a-f]{12}(?=\W)")]
    private static partial Regex RunId();
}
