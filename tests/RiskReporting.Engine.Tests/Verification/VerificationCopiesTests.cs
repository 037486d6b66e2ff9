using Microsoft.Data.Sqlite;
using RiskReporting.Core.Periods;
using RiskReporting.Core.State;
using RiskReporting.DemoBank;
using RiskReporting.Engine.Approval;
using RiskReporting.Engine.Verification;
using RiskReporting.Testing;

namespace RiskReporting.Engine.Tests.Verification;

/// <summary>`verify` compares the rebuilt package with the recorded SHA-256 and with every copy that should exist, naming each that disagrees (issue #13).</summary>
public sealed class VerificationCopiesTests
{
    private static readonly ReportingPeriod October = new(2026, 10);

    [Test]
    public async Task ASnapshotRecordAndItsRecordedShaTamperedTogether_StillFailVerify_BecauseTheOutboxCopyDiffers()
    {
        using var folder = new TemporaryDirectory();
        await using var engine = await BankHost.StartAsync(BankHost.Generate(folder, DemoBankSize.Tiny));
        var (ops1, ops2) = await Approvals.OperatorsAsync(engine);
        await Approvals.RunReadyForApprovalAsync(engine, October, ops1);
        var approved = await engine.Get<ApprovalService>().ApproveAsync(October, ops2);
        var store = engine.Get<IStateStore>();
        var run = (await store.ListRunsAsync(October)).Single();
        var record = (await store.LoadRecordsAsync(run.RunId, ["B3P1"]))["B3P1"].First(r => r["TOTAL_ASSETS"].Length > 0);
        await TamperAsync(Path.Combine(engine.WorkDirectory, "state.db"), run.RunId, record.Key, "TOTAL_ASSETS", "1.00");
        var verify = engine.Get<VerificationService>();
        var tampered = (await verify.VerifyAsync(October, 1, ops2)).RebuiltSha256;
        await store.UpdateRunAsync(run with { PackageSha256 = tampered });

        var result = await verify.VerifyAsync(October, 1, ops2);
        var outboxSha = engine.Get<MessageBuilder.Packaging.PackageWriter>().Sha256Of(approved.OutboxPath);

        Assert.Multiple(() =>
        {
            Assert.That(tampered, Is.Not.EqualTo(outboxSha), "the tampered record changes the package");
            Assert.That(result.Verified, Is.False);
            Assert.That(result.Problems, Is.EqualTo(new[] { $"报送目录 (outbox) 中的副本 {approved.OutboxPath}（sha256 {outboxSha}）与重建的报文（sha256 {tampered}）不同 (differs)" }));
        });
    }

    [Test]
    public async Task APublishedBatchWhoseOutboxCopyIsGone_DoesNotVerify_NamingTheMissingCopy()
    {
        using var folder = new TemporaryDirectory();
        await using var engine = await BankHost.StartAsync(BankHost.Generate(folder, DemoBankSize.Tiny));
        var (ops1, ops2) = await Approvals.OperatorsAsync(engine);
        await Approvals.RunReadyForApprovalAsync(engine, October, ops1);
        var approved = await engine.Get<ApprovalService>().ApproveAsync(October, ops2);
        var before = await engine.Get<VerificationService>().VerifyAsync(October, 1, ops2);
        File.Delete(approved.OutboxPath);

        var after = await engine.Get<VerificationService>().VerifyAsync(October, 1, ops2);

        Assert.Multiple(() =>
        {
            Assert.That(before.Verified, Is.True);
            Assert.That(after.Problems, Is.EqualTo(new[] { $"报送目录 (outbox) 中的副本 {approved.OutboxPath} 缺失 (missing)" }));
        });
    }

    [Test]
    public async Task ABatchAwaitingApproval_IsComparedWithItsRunFolderCopy()
    {
        using var folder = new TemporaryDirectory();
        await using var engine = await BankHost.StartAsync(BankHost.Generate(folder, DemoBankSize.Tiny));
        var (ops1, _) = await Approvals.OperatorsAsync(engine);
        var built = await Approvals.RunReadyForApprovalAsync(engine, October, ops1);
        var before = await engine.Get<VerificationService>().VerifyAsync(October, 1, ops1);
        File.AppendAllText(built.Package!.Path, "x");
        var changed = engine.Get<MessageBuilder.Packaging.PackageWriter>().Sha256Of(built.Package.Path);

        var after = await engine.Get<VerificationService>().VerifyAsync(October, 1, ops1);

        Assert.Multiple(() =>
        {
            Assert.That(before.Verified, Is.True);
            Assert.That(after.Problems, Is.EqualTo(new[] { $"运行文件夹 (run folder) 中的副本 {built.Package.Path}（sha256 {changed}）与重建的报文（sha256 {built.Package.Sha256}）不同 (differs)" }));
        });
    }

    /// <summary>Changes one field of one stored B3P1 record in the state store's file, in the chunk that holds it, as someone with the file could.</summary>
    private static async Task TamperAsync(string database, string runId, string key, string field, string value)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=false");
        await connection.OpenAsync();
        var part = Core.Reports.ReportParts.ByCode("B3P1");
        await using var read = connection.CreateCommand();
        read.CommandText = "SELECT chunk, record_count, data FROM snapshot_chunks WHERE run_id = @id AND part = 'B3P1' ORDER BY chunk";
        read.Parameters.AddWithValue("@id", runId);
        var chunks = new List<(long Chunk, Core.Reports.ReportRecord[] Records)>();
        await using (var reader = await read.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                chunks.Add((reader.GetInt64(0), Store.SnapshotChunks.Decode(part, (byte[])reader.GetValue(2), reader.GetInt32(1))));
            }
        }

        var (chunk, records) = chunks.Single(c => c.Records.Any(r => r.Key == key));
        var target = records.Single(r => r.Key == key);
        target.Values[part.IndexOf(field)] = value;
        await using var write = connection.CreateCommand();
        write.CommandText = "UPDATE snapshot_chunks SET data = @data WHERE run_id = @id AND part = 'B3P1' AND chunk = @chunk";
        write.Parameters.AddWithValue("@data", Store.SnapshotChunks.Encode(records));
        write.Parameters.AddWithValue("@id", runId);
        write.Parameters.AddWithValue("@chunk", chunk);
        Assert.That(await write.ExecuteNonQueryAsync(), Is.EqualTo(1), "one snapshot chunk changed");
    }
}
