using System.Globalization;
using System.Text;
using MimeKit;
using netDumbster.smtp;
using RiskReporting.Core.Periods;
using RiskReporting.Engine.Runs;
using RiskReporting.Testing;

namespace RiskReporting.Scheduler.Tests.Scheduling;

/// <summary>
/// The scheduler's clock check on a fake clock, mailed to an SMTP server in this test process: 4 hours before the
/// deadline of an unapproved period, and 2 hours before it with the ledger still missing, each once per period
/// however many rounds pass. 202610 is due by 2026-11-03 00:00 Shanghai.
/// </summary>
[NonParallelizable]
public sealed class DeadlineNotificationTests
{
    private static readonly ReportingPeriod October = new(2026, 10);

    [Test]
    public async Task ClockCheck_MailsDeadlineNearAtFourHours_ThenLedgerMissingAtTwo_EachOnceForThePeriod()
    {
        using var server = SimpleSmtpServer.Start();
        using var folder = new TemporaryDirectory();
        var threeHoursAndAHalfBefore = new DateTimeOffset(2026, 11, 2, 20, 30, 0, TimeSpan.FromHours(8));
        await using var engine = await ScheduledEngine.StartAsync(folder, threeHoursAndAHalfBefore, folder.File("held"), new Dictionary<string, string?>
        {
            ["Notifications:Smtp"] = "127.0.0.1:" + server.Configuration.Port.ToString(CultureInfo.InvariantCulture),
            ["Notifications:From"] = "crrs@bank.test",
            ["Notifications:Operators:0"] = "desk@bank.test",
            ["Notifications:Roles:itops:0"] = "itops@bank.test",
        });
        await engine.Get<RunService>().RunAsync(October, engine.Scheduler);
        engine.StartRounds(TimeSpan.FromMinutes(15));

        await engine.AdvanceUntilAsync(() => Task.FromResult(server.ReceivedEmailCount >= 1), "the deadline mail");
        await engine.AdvanceMinutesAsync(3);
        var atFourHours = Mails(server);
        engine.Clock.Advance(TimeSpan.FromHours(2));
        await engine.AdvanceUntilAsync(() => Task.FromResult(server.ReceivedEmailCount >= 2), "the ledger mail");
        await engine.AdvanceMinutesAsync(3);
        var all = Mails(server);

        Assert.Multiple(() =>
        {
            Assert.That(atFourHours.Select(m => m.Subject), Is.EqualTo(new[] { "[CRRS] 202610 距报送截止不足4小时，尚未审批 deadline NEAR, not approved（截止 2026-11-03 00:00 +08:00）" }));
            Assert.That(atFourHours[0].To.Mailboxes.Select(m => m.Address), Is.EqualTo(new[] { "desk@bank.test" }));
            Assert.That(atFourHours[0].TextBody, Does.Contain("等待同业台账 (WAITING_FOR_LEDGER)"));
            Assert.That(all, Has.Count.EqualTo(2), "each event once per period, however many rounds pass");
            Assert.That(all.Select(m => m.Subject), Has.One.StartWith("[CRRS] 202610 同业台账仍未到达 ledger MISSING"));
            Assert.That(Ledger(all)?.To.Mailboxes.Select(m => m.Address), Is.EquivalentTo(new[] { "desk@bank.test", "itops@bank.test" }));
            Assert.That(Ledger(all)?.TextBody, Does.Contain("TYYWTZ_202610.csv"));
        });
    }

    private static MimeMessage? Ledger(List<MimeMessage> mails) => mails.FirstOrDefault(m => m.Subject?.Contains("ledger MISSING", StringComparison.Ordinal) == true);

    private static List<MimeMessage> Mails(SimpleSmtpServer server) =>
        [.. server.ReceivedEmail.Select(m => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data))))];
}
