using Microsoft.Extensions.Time.Testing;
using RiskReporting.Core.Periods;
using RiskReporting.Core.State;

namespace RiskReporting.Store.Tests;

/// <summary>The monthly 文字说明 (migration 0011) on both providers: one per batch, replaced when resubmitted, audited, gone with its run.</summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class StatementStoreTests(string provider)
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
    public async Task ASecondStatementOfTheBatch_ReplacesTheFirst_EachSubmissionIsAudited_AndARerunDropsIt()
    {
        var run = (await Store.StartRunAsync(October, "ops1"))!;
        await Store.SaveStatementAsync(new Statement(run.RunId, October, run.Batch, "初稿：贷款余额增加。\n", "ops1", _clock.GetUtcNow()));
        _clock.Advance(TimeSpan.FromMinutes(5));
        var second = new Statement(run.RunId, October, run.Batch, "定稿：贷款余额增加系新增项目贷款。\n", "ops2", _clock.GetUtcNow());
        await Store.SaveStatementAsync(second);

        var stored = await Store.StatementOfAsync(run.RunId);
        var audit = (await Store.ListAuditAsync("period:202610")).Where(a => a.Action == "statement.submit").ToList();
        var rerun = (await Store.StartRunAsync(October, "ops1"))!;

        Assert.Multiple(async () =>
        {
            Assert.That(stored, Is.EqualTo(second));
            Assert.That(audit.Select(a => a.Actor), Is.EqualTo(new[] { "ops1", "ops2" }));
            Assert.That(audit[1].Detail, Does.StartWith("第 01 批：").And.Contain("，sm3 "));
            Assert.That(await Store.StatementOfAsync(run.RunId), Is.Null, "the replaced batch's statement is deleted with it");
            Assert.That(await Store.StatementOfAsync(rerun.RunId), Is.Null);
            Assert.That(await Store.SchemaVersionAsync(), Is.GreaterThanOrEqualTo(11));
        });
    }
}
