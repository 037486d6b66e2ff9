using Microsoft.Extensions.Time.Testing;
using RiskReporting.Core.Periods;
using RiskReporting.Core.State;

namespace RiskReporting.Store.Tests;

/// <summary>Findings read whole, a page at a time with filters, and counted, on both providers.</summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class FindingStoreTests(string provider)
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 1, 6, 0, 0, TimeSpan.Zero));
    private EmptyStore? _empty;
    private string _runId = string.Empty;

    private StateStore Store => _empty!.Store;

    [SetUp]
    public async Task OpenStoreWithARun()
    {
        _empty = await EmptyStore.OpenAsync(provider, _clock);
        _runId = (await Store.StartRunAsync(ReportingPeriod.Parse("202610"), "ops1"))!.RunId;
    }

    [TearDown]
    public void RemoveStore() => _empty?.Dispose();

    [Test]
    public async Task SaveFindings_AgainForTheSameRun_ReplacesThemAndLoadsInRulePartKeyFieldOrder()
    {
        await Store.SaveFindingsAsync(_runId, [Finding("WYX-009", key: "K1")]);
        await Store.SaveFindingsAsync(_runId, [Finding("WYX-002", key: "K9"), Finding("WYX-001", key: "K2", field: "B"), Finding("WYX-001", key: "K2", field: "A")]);

        var loaded = await Store.LoadFindingsAsync(_runId);

        Assert.That(loaded.Select(f => $"{f.Rule} {f.Key} {f.Field}"), Is.EqualTo(new[] { "WYX-001 K2 A", "WYX-001 K2 B", "WYX-002 K9 F" }));
    }

    [Test]
    public async Task FindFindings_PageByPage_GivesEveryFindingOnceInTheOrderOfLoad()
    {
        await Store.SaveFindingsAsync(_runId, Many(23));
        var all = await Store.LoadFindingsAsync(_runId);

        var pages = new List<FindingPage>();
        for (var page = 1; page <= 3; page++)
        {
            pages.Add(await Store.FindFindingsAsync(new FindingQuery(_runId, Page: page, PageSize: 10)));
        }

        Assert.Multiple(() =>
        {
            Assert.That(pages.Select(p => p.Items.Count), Is.EqualTo(new[] { 10, 10, 3 }));
            Assert.That(pages.Select(p => p.Total), Is.All.EqualTo(23));
            Assert.That(pages.SelectMany(p => p.Items), Is.EqualTo(all));
        });
    }

    [Test]
    public async Task FindFindings_PastTheLastPage_IsEmptyAndStillGivesTheTotal()
    {
        await Store.SaveFindingsAsync(_runId, Many(5));

        var page = await Store.FindFindingsAsync(new FindingQuery(_runId, Page: 3, PageSize: 5));

        Assert.Multiple(() =>
        {
            Assert.That(page.Items, Is.Empty);
            Assert.That(page.Total, Is.EqualTo(5));
        });
    }

    [Test]
    public async Task FindFindings_WithEveryFilter_KeepsOnlyTheFindingsThatPassAll()
    {
        await Store.SaveFindingsAsync(_runId, [
            Finding("WYX-001", "ERROR", "A1", "100001", "C0001"),
            Finding("WYX-001", "ERROR", "A1", "100001", "D0001"),
            Finding("WYX-001", "ERROR", "A1", "100002", "C0002"),
            Finding("WYX-001", "ERROR", "B1", "100001", "C0003"),
            Finding("WYX-001", "WARNING", "A1", "100001", "C0004"),
            Finding("WYX-002", "ERROR", "A1", "100001", "C0005"),
        ]);

        var page = await Store.FindFindingsAsync(new FindingQuery(_runId, "WYX-001", "ERROR", "A1", "100001", "C"));

        Assert.Multiple(() =>
        {
            Assert.That(page.Items.Select(f => f.Key), Is.EqualTo(new[] { "C0001" }));
            Assert.That(page.Total, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task FindFindings_ByKeyPrefix_IsCaseSensitiveAndTakesWildcardsLiterally()
    {
        await Store.SaveFindingsAsync(_runId, [Finding(key: "AB_1"), Finding(key: "ABX1"), Finding(key: "ab_1"), Finding(key: "AB%2"), Finding(key: "XAB_1")]);

        var underscore = await Store.FindFindingsAsync(new FindingQuery(_runId, KeyPrefix: "AB_"));
        var percent = await Store.FindFindingsAsync(new FindingQuery(_runId, KeyPrefix: "AB%"));

        Assert.Multiple(() =>
        {
            Assert.That(underscore.Items.Select(f => f.Key), Is.EqualTo(new[] { "AB_1" }));
            Assert.That(percent.Items.Select(f => f.Key), Is.EqualTo(new[] { "AB%2" }));
        });
    }

    [Test]
    public async Task FindFindings_OfAnotherRun_SeesNoneOfThisRunsFindings()
    {
        await Store.SaveFindingsAsync(_runId, Many(3));

        var page = await Store.FindFindingsAsync(new FindingQuery("no-such-run"));

        Assert.Multiple(() =>
        {
            Assert.That(page.Items, Is.Empty);
            Assert.That(page.Total, Is.Zero);
        });
    }

    [TestCase(0, 10)]
    [TestCase(1, 0)]
    [TestCase(1, FindingQuery.MaxPageSize + 1)]
    public void FindFindings_WithAPageOrSizeOutOfRange_IsRefused(int page, int size) =>
        Assert.That(() => Store.FindFindingsAsync(new FindingQuery(_runId, Page: page, PageSize: size)), Throws.InstanceOf<ArgumentOutOfRangeException>());

    [Test]
    public async Task CountFindings_GivesTheTotalAndEachFacetOfTheFilteredFindings()
    {
        await Store.SaveFindingsAsync(_runId, [
            Finding("WYX-001", "ERROR", "A1", "100001"),
            Finding("WYX-001", "WARNING", "A1", "100002"),
            Finding("WYX-002", "ERROR", "B1", "100001"),
            Finding("WYX-003", "ERROR", "B1", "100003"),
        ]);

        var all = await Store.CountFindingsAsync(new FindingQuery(_runId));
        var errors = await Store.CountFindingsAsync(new FindingQuery(_runId, Severity: "ERROR", Page: 7));

        Assert.Multiple(() =>
        {
            Assert.That(all.Total, Is.EqualTo(4));
            Assert.That(all.ByRule, Is.EqualTo(new Dictionary<string, int> { ["WYX-001"] = 2, ["WYX-002"] = 1, ["WYX-003"] = 1 }));
            Assert.That(all.BySeverity, Is.EqualTo(new Dictionary<string, int> { ["ERROR"] = 3, ["WARNING"] = 1 }));
            Assert.That(all.ByPart, Is.EqualTo(new Dictionary<string, int> { ["A1"] = 2, ["B1"] = 2 }));
            Assert.That(all.ByBranch, Is.EqualTo(new Dictionary<string, int> { ["100001"] = 2, ["100002"] = 1, ["100003"] = 1 }));
            Assert.That(errors.Total, Is.EqualTo(3));
            Assert.That(errors.ByBranch, Is.EqualTo(new Dictionary<string, int> { ["100001"] = 2, ["100003"] = 1 }));
        });
    }

    [Test]
    public async Task Migration0010_OnAStoreWithFindings_KeepsThemAndPagesThemInTheirOrder()
    {
        await UndoMigration0010Async();
        foreach (var (key, field) in new[] { ("K2", "A"), ("K1", "B"), ("K1", "A") })
        {
            await ExecuteAsync("INSERT INTO findings (run_id, rule, severity, part, record_key, field, value, branch, message) " +
                $"VALUES ('{_runId}', 'WYX-001', 'ERROR', 'A1', '{key}', '{field}', 'v', '100001', 'm')");
        }

        var applied = await Store.MigrateAsync();
        var page = await Store.FindFindingsAsync(new FindingQuery(_runId, PageSize: 2));

        Assert.Multiple(() =>
        {
            Assert.That(applied, Is.EqualTo(1));
            Assert.That(page.Total, Is.EqualTo(3));
            Assert.That(page.Items.Select(f => f.Key + f.Field), Is.EqualTo(new[] { "K1A", "K1B" }));
        });
    }

    /// <summary>Puts the findings table back as it was before 0010 (no seq, the old index), and 0010 unapplied.</summary>
    private async Task UndoMigration0010Async()
    {
        foreach (var index in new[] { "findings_in_order", "findings_facets", "findings_by_branch", "findings_by_part" })
        {
            await ExecuteAsync($"DROP INDEX {index}");
        }

        await ExecuteAsync("ALTER TABLE findings DROP COLUMN seq");
        await ExecuteAsync("CREATE INDEX findings_by_run ON findings (run_id, rule)");
        await ExecuteAsync("DELETE FROM schema_version WHERE version = 10");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = Store.CreateConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static StoredFinding Finding(string rule = "WYX-001", string severity = "ERROR", string part = "A1", string branch = "100001", string key = "K", string field = "F") =>
        new(rule, severity, part, key, field, "value", branch, $"{rule} on {key}");

    private static List<StoredFinding> Many(int count) =>
        [.. Enumerable.Range(0, count).Select(i => Finding($"WYX-00{i % 3}", key: $"K{i:D4}", field: i % 2 == 0 ? "F" : "G"))];
}
