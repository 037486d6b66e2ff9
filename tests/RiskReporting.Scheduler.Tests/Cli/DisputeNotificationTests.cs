using System.Globalization;
using System.Text;
using MimeKit;
using netDumbster.smtp;
using RiskReporting.Core.Text;

namespace RiskReporting.Scheduler.Tests.Cli;

/// <summary>
/// The dispute desk's notifications (issue #17) go to each branch's list (Notifications:Branches:{code}), stored in the
/// transaction that assigns or returns the items and sent by the verb before it exits, to an SMTP server in this process.
/// </summary>
public sealed class DisputeNotificationTests
{
    private const string Notice = "B0001H111000001_YZXFK_20261031_01_01";

    [Test]
    public void ImportedItems_MailEachBranchItsOwn_AndAReturnedAnswerMailsItsBranch()
    {
        using var server = SimpleSmtpServer.Start();
        using var folder = RiskReportProcess.NewFolder();
        RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "tiny");
        var settings = folder.File("bank/appsettings.json");
        File.WriteAllText(settings, $$"""
            { "Notifications": { "Smtp": "127.0.0.1:{{server.Configuration.Port.ToString(CultureInfo.InvariantCulture)}}", "From": "crrs@bank.test", "Operators": [ "desk@bank.test" ],
              "Branches": { "100001": [ "b100001@bank.test" ], "100002": [ "b100002@bank.test" ] } },
            """ + File.ReadAllText(settings).TrimStart()[1..]);
        var users = new CliUsers(folder.Path, "--config", "bank/appsettings.json").Add("ops1", "operator").Add("ops2", "operator");
        users.As("ops1", "run", "--period", "202610");
        File.WriteAllBytes(folder.File(Notice + ".txt"), Gb18030.Encoding.GetBytes(string.Join("\r\n",
        [
            "YZXFK|B0001H111000001|20261031|01|01|20261110|20261120|2",
            "D0001|KH-ASSET|KH0000000001|北京同创电力集团有限公司|B3P1|TOTAL_ASSETS|186441.02|91630000000079193P|工商年报总资产186000.00万元|180000.00|B0001B11000000001",
            "D0002|KH-USCC-NAME|KH0000000003|济南鑫源置业股份有限公司|B3P1|CUST_NAME|济南鑫源置业股份有限公司|91150000001346230M|企业名称：济南鑫源置业有限公司||B0001B31000000002",
        ]) + "\r\n"));
        var imported = users.As("ops1", "disputes", "import", Notice + ".txt");
        var assigned = Mails(server, "ASSIGNED");
        users.As("ops1", "disputes", "answer", "D0001", "--result", "2", "--value", "180000.00", "--change-date", "20261015", "--text", "按年报更正");
        var returned = users.As("ops2", "disputes", "review", "D0001", "--return", "请附年报扫描件");
        var afterReturn = Mails(server, "RETURNED");

        Assert.Multiple(() =>
        {
            Assert.That(imported.ExitCode, Is.Zero, imported.Error);
            Assert.That(assigned.Select(m => (m.Subject, m.To.Mailboxes.Single().Address)), Is.EquivalentTo(new[]
            {
                ("[CRRS] 202610 争议项已分配 dispute items ASSIGNED（机构 100001，1 项，截止 2026-11-18）", "b100001@bank.test"),
                ("[CRRS] 202610 争议项已分配 dispute items ASSIGNED（机构 100002，1 项，截止 2026-11-18）", "b100002@bank.test"),
            }));
            Assert.That(assigned.Select(m => m.TextBody), Has.All.Not.Contain("北京同创").And.All.Not.Contain("济南鑫源"), "no customer names in mail");
            Assert.That(returned.ExitCode, Is.Zero, returned.Error);
            Assert.That(afterReturn.Select(m => m.Subject), Is.EqualTo(new[] { "[CRRS] 202610 争议项被退回 dispute items RETURNED（机构 100001，1 项，截止 2026-11-18）" }));
            Assert.That(afterReturn.FirstOrDefault()?.TextBody, Does.Contain("D0001"));
        });
    }

    /// <summary>The dispute mails of one event received so far (the server does not keep them in order of arrival).</summary>
    private static List<MimeMessage> Mails(SimpleSmtpServer server, string state) =>
        [.. server.ReceivedEmail.Select(m => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data))))
            .Where(m => m.Subject?.Contains("dispute items " + state, StringComparison.Ordinal) == true)];
}
