using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using netDumbster.smtp;
using RiskReporting.Core.Configuration;
using RiskReporting.Core.State;
using RiskReporting.Engine.Configuration;
using RiskReporting.Engine.Notifications;
using RiskReporting.Store;
using RiskReporting.Testing;

namespace RiskReporting.Engine.Tests.Notifications;

/// <summary>The outbox drained to an SMTP server started in the test process (netDumbster).</summary>
public sealed class NotificationSenderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 2, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task SendDue_RunFailedForOperatorsAndItops_ArrivesAtBothWithThePeriodAndEventInTheSubject_AndIsMarkedSent()
    {
        using var folder = new TemporaryDirectory();
        using var server = SimpleSmtpServer.Start();
        var clock = new FakeTimeProvider(Now);
        var store = await StoreAsync(folder, clock);
        await store.EnqueueAsync(new NewNotification("202610", "run.failed", "operators,role:itops", "[CRRS] 202610 运行失败 run FAILED（批次 01）", "期间 period: 202610"));
        var sender = Sender(store, clock, Options(server.Configuration.Port));

        var sent = await sender.SendDueAsync();

        var mail = server.ReceivedEmail.Select(m => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data)))).ToList();
        var stored = (await store.ListNotificationsAsync()).Single();
        Assert.Multiple(() =>
        {
            Assert.That(sent, Is.EqualTo(1));
            Assert.That(mail, Has.Count.EqualTo(1));
            Assert.That(mail[0].Subject, Does.Contain("202610").And.Contain("run FAILED"));
            Assert.That(mail[0].To.Mailboxes.Select(m => m.Address), Is.EquivalentTo(new[] { "desk@bank.test", "itops@bank.test" }));
            Assert.That(mail[0].From.Mailboxes.Single().Address, Is.EqualTo("crrs@bank.test"));
            Assert.That(mail[0].TextBody, Does.Contain("期间 period: 202610"));
            Assert.That(stored.SentAt, Is.EqualTo(Now));
        });
    }

    [Test]
    public async Task SendBeforeExit_ServerDown_DoesNotThrow_AndKeepsTheNotificationForARetryAMinuteLater()
    {
        using var folder = new TemporaryDirectory();
        int port;
        using (var stopped = SimpleSmtpServer.Start())
        {
            port = stopped.Configuration.Port;
            stopped.Stop();
        }

        var clock = new FakeTimeProvider(Now);
        var store = await StoreAsync(folder, clock);
        await store.EnqueueAsync(new NewNotification("202610", "run.blocked", "operators", "[CRRS] 202610 run BLOCKED", "body"));

        await Sender(store, clock, Options(port)).SendBeforeExitAsync();

        var stored = (await store.ListNotificationsAsync()).Single();
        Assert.Multiple(() =>
        {
            Assert.That(stored.SentAt, Is.Null);
            Assert.That(stored.GaveUpAt, Is.Null);
            Assert.That(stored.Attempts, Is.EqualTo(1));
            Assert.That(stored.LastError, Is.Not.Empty);
            Assert.That(stored.NextAttemptAt, Is.EqualTo(Now.AddMinutes(1)));
        });
    }

    [Test]
    public async Task SendDue_NoAddressForTheAudience_GivesUpAfterMaxAttempts()
    {
        using var folder = new TemporaryDirectory();
        using var server = SimpleSmtpServer.Start();
        var clock = new FakeTimeProvider(Now);
        var store = await StoreAsync(folder, clock);
        await store.EnqueueAsync(new NewNotification("202610", "run.failed", "branch:000009", "[CRRS] 202610 x", "body"));
        var options = Options(server.Configuration.Port);
        options.MaxAttempts = 2;
        var sender = Sender(store, clock, options);

        await sender.SendDueAsync();
        clock.Advance(TimeSpan.FromMinutes(1));
        await sender.SendDueAsync();

        var stored = (await store.ListNotificationsAsync()).Single();
        Assert.Multiple(() =>
        {
            Assert.That(server.ReceivedEmailCount, Is.Zero);
            Assert.That(stored.Attempts, Is.EqualTo(2));
            Assert.That(stored.GaveUpAt, Is.Not.Null);
            Assert.That(stored.LastError, Does.Contain("branch:000009"));
        });
    }

    [Test]
    public async Task SendDue_WithoutSmtp_SendsNothingAndLeavesTheOutboxAsItWas()
    {
        using var folder = new TemporaryDirectory();
        var clock = new FakeTimeProvider(Now);
        var store = await StoreAsync(folder, clock);
        await store.EnqueueAsync(new NewNotification("202610", "run.failed", "operators", "s", "b"));

        var sent = await Sender(store, clock, new NotificationOptions()).SendDueAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(sent, Is.Zero);
            Assert.That((await store.ListNotificationsAsync()).Single().Attempts, Is.Zero);
        });
    }

    private static NotificationOptions Options(int port) => new()
    {
        Smtp = "127.0.0.1:" + port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        From = "crrs@bank.test",
        Operators = ["desk@bank.test"],
        Roles = new(StringComparer.OrdinalIgnoreCase) { ["itops"] = ["itops@bank.test", "desk@bank.test"] },
        SendSeconds = 10,
    };

    private static NotificationSender Sender(StateStore store, TimeProvider clock, NotificationOptions options) =>
        new(store, Microsoft.Extensions.Options.Options.Create(options), clock, NullLogger<NotificationSender>.Instance);

    private static async Task<StateStore> StoreAsync(TemporaryDirectory folder, TimeProvider clock)
    {
        var store = StateStoreFactory.Create(new ConnectionTarget(DatabaseKind.Sqlite, folder.File("state.db")), clock);
        await store.MigrateAsync();
        return store;
    }
}
