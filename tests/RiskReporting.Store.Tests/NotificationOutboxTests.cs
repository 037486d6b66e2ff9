using Microsoft.Extensions.Time.Testing;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Runs;
using RiskReporting.Core.State;
using RiskReporting.Testing;

namespace RiskReporting.Store.Tests;

/// <summary>The notification outbox on both providers: a real SQLite file, and the PostgreSQL server .ci/run starts.</summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class NotificationOutboxTests(string provider)
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 6, 0, 0, TimeSpan.FromHours(8)));
    private TemporaryDirectory? _directory;
    private StateStore _store = null!;

    [SetUp]
    public async Task OpenEmptyStore()
    {
        if (provider == "sqlite")
        {
            _directory = new TemporaryDirectory();
            _store = new SqliteStateStore(_directory.File("state.db"), _clock);
        }
        else
        {
            var server = PostgresTestServer.RequireConnectionString();
            var database = "rr_outbox_" + Guid.NewGuid().ToString("N")[..10];
            await using (var admin = new Npgsql.NpgsqlConnection(server))
            {
                await admin.OpenAsync();
                await using var create = new Npgsql.NpgsqlCommand($"CREATE DATABASE {database}", admin);
                await create.ExecuteNonQueryAsync();
            }

            _store = new PostgresStateStore(new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString, _clock);
        }

        await _store.MigrateAsync();
    }

    [TearDown]
    public void RemoveStore() => _directory?.Dispose();

    [Test]
    public async Task RunThatEndsFailed_LeavesOneNotification_ForOperatorsAndItops_WithPeriodAndEventInTheSubject()
    {
        var run = (await _store.StartRunAsync(ReportingPeriod.Parse("202611"), "scheduler"))!;
        await _store.UpdateRunAsync(run with { State = RunState.Extracting });
        await _store.UpdateRunAsync(run with { State = RunState.Failed, Failure = "source.db: table loan is missing" });
        await _store.UpdateRunAsync(run with { State = RunState.Failed, Failure = "source.db: table loan is missing" });

        var outbox = await _store.ListNotificationsAsync();
        Assert.That(outbox, Has.Count.EqualTo(1), "one notification per change into FAILED");
        var content = outbox[0].Content;
        Assert.Multiple(() =>
        {
            Assert.That(content.Period, Is.EqualTo("202611"));
            Assert.That(content.Event, Is.EqualTo(RunNotifications.Failed));
            Assert.That(content.Audience, Is.EqualTo("operators,role:itops"));
            Assert.That(content.Subject, Does.Contain("202611").And.Contain("run FAILED"));
            Assert.That(content.Body, Does.Contain(run.RunId).And.Contain("table loan is missing").And.Contain("+08:00"));
            Assert.That(outbox[0].SentAt, Is.Null);
        });
    }

    [Test]
    public async Task RunThatEndsBlocked_NotifiesOperators_AndOneAwaitingApprovalNotifiesNobody()
    {
        var blocked = (await _store.StartRunAsync(ReportingPeriod.Parse("202610"), "ops1"))!;
        await _store.UpdateRunAsync(blocked with { State = RunState.Blocked });
        var clean = (await _store.StartRunAsync(ReportingPeriod.Parse("202609"), "ops1"))!;
        await _store.UpdateRunAsync(clean with { State = RunState.AwaitingApproval });

        var outbox = await _store.ListNotificationsAsync();
        Assert.That(outbox.Select(n => (n.Content.Period, n.Content.Event, n.Content.Audience)),
            Is.EqualTo(new[] { ("202610", RunNotifications.Blocked, "operators") }));
    }

    [Test]
    public async Task Outbox_ListsDueNotifications_UntilSentOrGivenUp()
    {
        var id = await _store.EnqueueAsync(new NewNotification("202611", "deadline.near", "operators", "[CRRS] 202611 距截止 4 小时", "body"));
        var now = _clock.GetUtcNow();
        Assert.That((await _store.ListDueNotificationsAsync(now, 10)).Select(n => n.Id), Is.EqualTo(new[] { id }));

        await _store.MarkNotificationFailedAsync(id, "connection refused", now.AddMinutes(5));
        var afterFailure = await _store.ListDueNotificationsAsync(now, 10);
        var later = await _store.ListDueNotificationsAsync(now.AddMinutes(6), 10);
        await _store.MarkNotificationSentAsync(id, now.AddMinutes(6));
        var sent = (await _store.ListNotificationsAsync()).Single();

        Assert.Multiple(async () =>
        {
            Assert.That(afterFailure, Is.Empty);
            Assert.That(later.Single().LastError, Is.EqualTo("connection refused"));
            Assert.That(sent.Attempts, Is.EqualTo(2));
            Assert.That(sent.SentAt, Is.EqualTo(now.AddMinutes(6)));
            Assert.That(await _store.ListDueNotificationsAsync(now.AddDays(1), 10), Is.Empty);
        });
    }

    [Test]
    public async Task NotificationGivenUp_IsNoLongerDue()
    {
        var id = await _store.EnqueueAsync(new NewNotification("202611", "run.failed", "operators", "s", "b"));
        await _store.MarkNotificationFailedAsync(id, "5.7.1 relaying denied", retryAt: null);

        var stored = (await _store.ListNotificationsAsync()).Single();
        Assert.Multiple(async () =>
        {
            Assert.That(stored.GaveUpAt, Is.EqualTo(_clock.GetUtcNow()));
            Assert.That(await _store.ListDueNotificationsAsync(_clock.GetUtcNow().AddDays(1), 10), Is.Empty);
        });
    }
}
