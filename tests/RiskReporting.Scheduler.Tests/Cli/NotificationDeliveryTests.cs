using System.Globalization;
using System.Text;
using MimeKit;
using netDumbster.smtp;

namespace RiskReporting.Scheduler.Tests.Cli;

/// <summary>The verb that raised a notification sends it before it exits, to an SMTP server in this test process.</summary>
public sealed class NotificationDeliveryTests
{
    [Test]
    public void Run_Blocked_MailsTheOperatorsBeforeItExits_AndStillExitsBlocked()
    {
        using var server = SimpleSmtpServer.Start();
        using var folder = RiskReportProcess.NewFolder();
        RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "tiny", "--plant");
        new CliUsers(folder.Path, "--config", "bank/appsettings.json").Add("ops1", "operator").ByDefault("ops1");
        var settings = folder.File("bank/appsettings.json");
        var notifications = $"{{ \"Notifications\": {{ \"Smtp\": \"127.0.0.1:{server.Configuration.Port.ToString(CultureInfo.InvariantCulture)}\", \"From\": \"crrs@bank.test\", \"Operators\": [ \"desk@bank.test\" ] }},";
        File.WriteAllText(settings, notifications + File.ReadAllText(settings).TrimStart()[1..]);

        var result = RiskReportProcess.Run(folder.Path, "run", "--period", "202610", "--config", "bank/appsettings.json");

        var mail = server.ReceivedEmail.Select(m => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data)))).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(3), result.Error);
            Assert.That(mail, Has.Count.EqualTo(1));
            Assert.That(mail.FirstOrDefault()?.Subject, Does.Contain("202610").And.Contain("BLOCKED"));
            Assert.That(mail.FirstOrDefault()?.To.Mailboxes.Select(m => m.Address), Is.EqualTo(new[] { "desk@bank.test" }));
        });
    }

    [Test]
    public void Run_Blocked_WithTheMailServerDown_StillExitsBlocked()
    {
        int port;
        using (var stopped = SimpleSmtpServer.Start())
        {
            port = stopped.Configuration.Port;
            stopped.Stop();
        }

        using var folder = RiskReportProcess.NewFolder();
        RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "tiny", "--plant");
        new CliUsers(folder.Path, "--config", "bank/appsettings.json").Add("ops1", "operator").ByDefault("ops1");
        var settings = folder.File("bank/appsettings.json");
        File.WriteAllText(settings, $"{{ \"Notifications\": {{ \"Smtp\": \"127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}\", \"From\": \"crrs@bank.test\", \"Operators\": [ \"desk@bank.test\" ] }}," + File.ReadAllText(settings).TrimStart()[1..]);

        var result = RiskReportProcess.Run(folder.Path, "run", "--period", "202610", "--config", "bank/appsettings.json");

        Assert.That(result.ExitCode, Is.EqualTo(3), "a failed send never changes the run's outcome: " + result.Error);
    }
}
