using Microsoft.Extensions.Time.Testing;
using RiskReporting.Core.State;

namespace RiskReporting.Store.Tests;

/// <summary>The audit chain on both providers, tampered with by SQL straight on the store as an outside tester would.</summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class AuditChainStoreTests(string provider)
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 1, 6, 0, 0, TimeSpan.FromHours(8)));
    private EmptyStore _empty = null!;

    private StateStore Store => _empty.Store;

    [SetUp]
    public async Task OpenStoreWithFiveEntries()
    {
        _empty = await EmptyStore.OpenAsync(provider, _clock);
        foreach (var name in new[] { "alice", "bob", "carol", "dave", "erin" })
        {
            _clock.Advance(TimeSpan.FromSeconds(1));
            await Store.AppendAuditAsync(new AuditEntry(_clock.GetUtcNow(), "admin", "user.save", "user:" + name, "role=operator"));
        }
    }

    [TearDown]
    public void RemoveStore() => _empty.Dispose();

    [Test]
    public async Task UntouchedChain_IsIntact_AndItsHeadIsTheLastEntry()
    {
        var result = await VerifyAsync();
        var chain = await Store.ListChainAsync();

        Assert.Multiple(() =>
        {
            Assert.That(result.Intact, Is.True, result.Problem);
            Assert.That(result.Entries, Is.EqualTo(5));
            Assert.That(result.Head, Is.EqualTo(new AuditChainHead(5, chain[^1].EntryHash)));
            Assert.That(chain.Select(e => e.PrevHash).Skip(1), Is.EqualTo(chain.Select(e => e.EntryHash).SkipLast(1)), "each entry links to the one before");
        });
    }

    [Test]
    public async Task ChangedEntry_IsNamed()
    {
        var third = (await Store.ListChainAsync())[2].EntryId;
        await SqlAsync($"UPDATE audit_entries SET actor = 'mallory' WHERE entry_id = {third}");

        var result = await VerifyAsync();

        Assert.Multiple(() =>
        {
            Assert.That(result.Intact, Is.False);
            Assert.That(result.FirstBadEntryId, Is.EqualTo(third));
            Assert.That(result.Problem, Does.StartWith($"条目 (entry) {third} 被改动过 (changed)"));
        });
    }

    [Test]
    public async Task DeletedEntry_IsNamedByTheEntryAfterTheGap()
    {
        var chain = await Store.ListChainAsync();
        await SqlAsync($"DELETE FROM audit_entries WHERE entry_id = {chain[1].EntryId}");

        var result = await VerifyAsync();

        Assert.Multiple(() =>
        {
            Assert.That(result.Intact, Is.False);
            Assert.That(result.FirstBadEntryId, Is.EqualTo(chain[2].EntryId));
            Assert.That(result.Problem, Does.StartWith($"条目 (entry) {chain[2].EntryId} 之前的第 2–2 号被删除 (removed)"));
        });
    }

    [Test]
    public async Task LastEntryDeleted_IsCaughtByTheHead()
    {
        var chain = await Store.ListChainAsync();
        await SqlAsync($"DELETE FROM audit_entries WHERE entry_id = {chain[^1].EntryId}");

        var result = await VerifyAsync();

        Assert.Multiple(() =>
        {
            Assert.That(result.Intact, Is.False);
            Assert.That(result.Problem, Is.EqualTo("第 4 号之后的条目被删除 (removed)：链头 (chain head) 记录有 5 条"));
        });
    }

    [Test]
    public async Task TwoSwappedEntries_AreNamedAsReordered()
    {
        var chain = await Store.ListChainAsync();
        var (second, fourth) = (chain[1].EntryId, chain[3].EntryId);
        await SqlAsync($"UPDATE audit_entries SET entry_id = -1 WHERE entry_id = {second}");
        await SqlAsync($"UPDATE audit_entries SET entry_id = {second} WHERE entry_id = {fourth}");
        await SqlAsync($"UPDATE audit_entries SET entry_id = {fourth} WHERE entry_id = -1");

        var result = await VerifyAsync();

        Assert.Multiple(() =>
        {
            Assert.That(result.Intact, Is.False);
            Assert.That(result.FirstBadEntryId, Is.EqualTo(second));
            Assert.That(result.Problem, Does.StartWith($"条目 (entry) {second} 顺序错乱 (out of order)：写入时为第 4 号，却位于第 2 号的位置"));
        });
    }

    [Test]
    public async Task PublishedHeadMissingFromARewrittenChain_IsCaught()
    {
        var published = await Store.ChainHeadAsync();
        await SqlAsync("DELETE FROM audit_entries");
        await SqlAsync("UPDATE audit_chain_head SET seq = 0, entry_hash = '0000000000000000000000000000000000000000000000000000000000000000'");

        var result = AuditChainVerifier.Verify(await Store.ListChainAsync(), await Store.ChainHeadAsync(), published);

        Assert.Multiple(() =>
        {
            Assert.That(result.Intact, Is.False);
            Assert.That(result.Problem, Does.StartWith("审计链不含已公布的链头 (published head) 5 "));
        });
    }

    [Test]
    public async Task StoredFindings_RecordTheirDigestInTheChain_AndADeletedWarningRowNoLongerMatchesIt()
    {
        var run = (await Store.StartRunAsync(Core.Periods.ReportingPeriod.Parse("202610"), "ops1"))!;
        StoredFinding[] findings =
        [
            new("TS-KQ-001", "WARNING", "B1P3", "R0001", "LOAN_BAL", "1.00", "B01", "changed"),
            new("TS-DQ-003", "ERROR", "B1P1", "C0001", "CUST_NAME", "", "B01", "missing"),
        ];
        await Store.SaveFindingsAsync(run.RunId, findings);

        var recorded = await Store.RecordedFindingsDigestAsync(run.RunId);
        var before = FindingsDigest.Of(await Store.LoadFindingsAsync(run.RunId));
        await SqlAsync("DELETE FROM findings WHERE severity = 'WARNING'");
        var after = FindingsDigest.Of(await Store.LoadFindingsAsync(run.RunId));

        Assert.Multiple(async () =>
        {
            Assert.That(recorded, Is.EqualTo(FindingsDigest.Of(findings.Reverse())), "the digest does not depend on row order");
            Assert.That(before, Is.EqualTo(recorded));
            Assert.That(after, Is.Not.EqualTo(recorded));
            Assert.That((await VerifyAsync()).Intact, Is.True, "run.start and run.findings are links of the chain");
        });
    }

    private async Task<AuditVerification> VerifyAsync() => AuditChainVerifier.Verify(await Store.ListChainAsync(), await Store.ChainHeadAsync());

    private async Task SqlAsync(string sql)
    {
        await using var connection = Store.CreateConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
