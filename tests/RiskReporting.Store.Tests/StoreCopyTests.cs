using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using RiskReporting.Core.Periods;
using RiskReporting.Core.State;
using RiskReporting.Testing;

namespace RiskReporting.Store.Tests;

/// <summary>
/// The state store's copy for `backup` (issue #18) on both providers: SQLite's online backup API, pg_dump of an exported snapshot;
/// the listing is of the copy, so a run started after it is not in it. And the proposals of a report (migration 0014).
/// </summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class StoreCopyTests(string provider)
{
    private static readonly ReportingPeriod October = ReportingPeriod.Parse("202610");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 3, 2, 0, 0, TimeSpan.Zero));
    private EmptyStore? _empty;

    private StateStore Store => _empty!.Store;

    [SetUp]
    public async Task OpenStore() => _empty = await EmptyStore.OpenAsync(provider, _clock);

    [TearDown]
    public void RemoveStore() => _empty?.Dispose();

    [Test]
    public async Task ACopy_ListsTheRunsAndChainHeadItHolds_AndNothingWrittenAfterIt()
    {
        using var folder = new TemporaryDirectory();
        var run = (await Store.StartRunAsync(October, "ops1"))!;
        var head = await Store.ChainHeadAsync();
        var copy = await Store.CopyToAsync(folder.File("copy"));
        await Store.StartRunAsync(ReportingPeriod.Parse("202611"), "ops1");
        await Store.AppendAuditAsync(new AuditEntry(_clock.GetUtcNow(), "ops1", "later", "period:202611", "after the copy"));

        Assert.Multiple(() =>
        {
            Assert.That(copy.Kind, Is.EqualTo(provider));
            Assert.That(copy.Member, Is.EqualTo(provider == "sqlite" ? "state.db" : "state.sql"));
            Assert.That(copy.Runs.Select(r => r.RunId), Is.EqualTo(new[] { run.RunId }));
            Assert.That(copy.Head, Is.EqualTo(head));
            Assert.That(copy.SchemaVersion, Is.GreaterThanOrEqualTo(14));
            Assert.That(new FileInfo(folder.File("copy")).Length, Is.GreaterThan(0));
        });
        if (provider == "sqlite")
        {
            await using var connection = new SqliteConnection($"Data Source={folder.File("copy")};Mode=ReadOnly;Pooling=False");
            await connection.OpenAsync();
            await using var count = new SqliteCommand("SELECT COUNT(*) FROM runs", connection);
            Assert.That(await count.ExecuteScalarAsync(), Is.EqualTo(1L), "the copy is a database of its own, as it stood");
        }
        else
        {
            Assert.That(File.ReadAllText(folder.File("copy")), Does.Contain("CREATE TABLE public.runs").And.Contain(run.RunId).And.Not.Contain("after the copy"));
        }
    }

    [Test]
    public async Task ProposalsWrittenAgain_ReplaceTheFirst_AndEachIsAudited()
    {
        await Store.SaveProposalsAsync(new ReportProposals("2026Q3", "初稿", "ops1", _clock.GetUtcNow()));
        var second = new ReportProposals("2026Q3", "定稿：压降关注类贷款。", "ops2", _clock.GetUtcNow().AddMinutes(5));
        await Store.SaveProposalsAsync(second);

        var audit = await Store.ListAuditAsync("report:2026Q3");
        Assert.Multiple(async () =>
        {
            Assert.That(await Store.ProposalsOfAsync("2026Q3"), Is.EqualTo(second));
            Assert.That(await Store.ProposalsOfAsync("2026"), Is.Null);
            Assert.That(audit.Select(a => (a.Actor, a.Action)), Is.EqualTo(new[] { ("ops1", "report.proposals"), ("ops2", "report.proposals") }));
        });
    }
}
