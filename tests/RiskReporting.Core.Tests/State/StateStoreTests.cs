using Microsoft.Extensions.Time.Testing;
using RiskReporting.Core.State;
using RiskReporting.Testing;

namespace RiskReporting.Core.Tests.State;

/// <summary>The same behaviour on both providers: a real SQLite file, and the PostgreSQL server .ci/run starts.</summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class StateStoreTests(string provider)
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 1, 6, 0, 0, TimeSpan.FromHours(8)));
    private TemporaryDirectory? _directory;
    private StateStore _store = null!;

    [SetUp]
    public async Task OpenEmptyStore()
    {
        if (provider == "sqlite")
        {
            _directory = new TemporaryDirectory();
            _store = new SqliteStateStore(_directory.File("state.db"), _clock);
            return;
        }

        var server = PostgresTestServer.RequireConnectionString();
        var database = "rr_state_" + Guid.NewGuid().ToString("N")[..10];
        await using (var admin = new Npgsql.NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new Npgsql.NpgsqlCommand($"CREATE DATABASE {database}", admin);
            await create.ExecuteNonQueryAsync();
        }

        _store = new PostgresStateStore(new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString, _clock);
    }

    [TearDown]
    public void RemoveStore() => _directory?.Dispose();

    [Test]
    public async Task Migrate_TwiceOnAnEmptyStore_AppliesEveryScriptOnce()
    {
        var first = await _store.MigrateAsync();
        var second = await _store.MigrateAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(first, Is.GreaterThanOrEqualTo(1));
            Assert.That(second, Is.Zero);
            Assert.That(await _store.SchemaVersionAsync(), Is.EqualTo(first));
        });
    }

    [Test]
    public async Task Migrate_TwoProcessesStartingTogether_BothSucceed()
    {
        var results = await Task.WhenAll(Task.Run(() => _store.MigrateAsync()), Task.Run(() => _store.MigrateAsync()));

        Assert.That(results.Sum(), Is.EqualTo(await _store.SchemaVersionAsync()));
    }

    [Test]
    public async Task SaveUser_ThenChangeRole_IsFoundWithTheNewRoleAndBothChangesAreAudited()
    {
        await _store.MigrateAsync();
        await _store.SaveUserAsync(new UserAccount("li.na", UserRole.Branch("100001"), _clock.GetUtcNow()), "admin");
        _clock.Advance(TimeSpan.FromMinutes(5));
        await _store.SaveUserAsync(new UserAccount("li.na", UserRole.Operator, _clock.GetUtcNow()), "admin");

        var user = await _store.FindUserAsync("li.na");
        var audit = await _store.ListAuditAsync("user:li.na");

        Assert.Multiple(() =>
        {
            Assert.That(user!.Role, Is.EqualTo(UserRole.Operator));
            Assert.That(audit.Select(a => a.Detail), Is.EqualTo(new[] { "role=branch:100001", "role=operator" }));
            Assert.That(audit.Select(a => a.Actor), Is.All.EqualTo("admin"));
            Assert.That(audit[1].At - audit[0].At, Is.EqualTo(TimeSpan.FromMinutes(5)));
        });
    }

    [Test]
    public async Task ListUsers_IsOrderedByName()
    {
        await _store.MigrateAsync();
        foreach (var name in new[] { "wang.fang", "chen.jie", "zhao.lei" })
        {
            await _store.SaveUserAsync(new UserAccount(name, UserRole.Auditor, _clock.GetUtcNow()), "admin");
        }

        var users = await _store.ListUsersAsync();

        Assert.That(users.Select(u => u.Name), Is.EqualTo(new[] { "chen.jie", "wang.fang", "zhao.lei" }));
    }
}
