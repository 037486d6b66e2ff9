using RiskReporting.Core.Periods;
using RiskReporting.Core.Runs;
using RiskReporting.Core.State;
using RiskReporting.DemoBank;
using RiskReporting.Engine.Approval;
using RiskReporting.Engine.Verification;
using RiskReporting.Testing;

namespace RiskReporting.Engine.Tests.Approval;

/// <summary>
/// Approval is recoverable at every point (issue #13): after a crash inside approve, the outbox and the state store end up agreeing.
/// An outbox file with the batch's bytes completes the approval; one with other bytes is refused, naming the file.
/// </summary>
public sealed class ApprovalRecoveryTests
{
    private static readonly ReportingPeriod October = new(2026, 10);

    [Test]
    public async Task ACrashBetweenTheOutboxMoveAndTheCommit_IsCompletedByTheNextApprove()
    {
        using var folder = new TemporaryDirectory();
        var fileSystem = new FaultyFileSystem();
        await using var engine = await BankHost.StartAsync(BankHost.Generate(folder, DemoBankSize.Tiny), fileSystem: fileSystem);
        var (ops1, ops2) = await Approvals.OperatorsAsync(engine);
        var built = await Approvals.RunReadyForApprovalAsync(engine, October, ops1);
        var outbox = Path.Combine(engine.WorkDirectory, "outbox", Path.GetFileName(built.Package!.Path));
        fileSystem.CrashAfterMove = (_, to) => to == outbox;

        await Assert.ThrowsAsync<InjectedCrashException>(() => engine.Get<ApprovalService>().ApproveAsync(October, ops2));
        var afterCrash = (await engine.Get<IStateStore>().ListRunsAsync(October)).Single().State;
        fileSystem.CrashAfterMove = (_, _) => false;
        var approved = await engine.Get<ApprovalService>().ApproveAsync(October, ops2);
        var verified = await engine.Get<VerificationService>().VerifyAsync(October, 1, ops2);

        Assert.Multiple(() =>
        {
            Assert.That(afterCrash, Is.EqualTo(RunState.AwaitingApproval), "the crash came before the commit");
            Assert.That(approved.Run.State, Is.EqualTo(RunState.Published));
            Assert.That(approved.OutboxPath, Is.EqualTo(outbox));
            Assert.That(File.ReadAllBytes(outbox), Has.Length.GreaterThan(0));
            Assert.That(File.Exists(built.Package.Path), Is.False, "the run folder's copy went with the clean-up");
            Assert.That(Directory.GetFiles(Path.GetDirectoryName(outbox)!, "*.tmp"), Is.Empty);
            Assert.That(verified.Verified, Is.True);
        });
    }

    [Test]
    public async Task AfterACrashBetweenTheMoveAndTheCommit_AnOutboxFileWithOtherBytes_IsRefusedNamingTheFile()
    {
        using var folder = new TemporaryDirectory();
        var fileSystem = new FaultyFileSystem();
        await using var engine = await BankHost.StartAsync(BankHost.Generate(folder, DemoBankSize.Tiny), fileSystem: fileSystem);
        var (ops1, ops2) = await Approvals.OperatorsAsync(engine);
        var built = await Approvals.RunReadyForApprovalAsync(engine, October, ops1);
        var outbox = Path.Combine(engine.WorkDirectory, "outbox", Path.GetFileName(built.Package!.Path));
        fileSystem.CrashAfterMove = (_, to) => to == outbox;
        await Assert.ThrowsAsync<InjectedCrashException>(() => engine.Get<ApprovalService>().ApproveAsync(October, ops2));
        fileSystem.CrashAfterMove = (_, _) => false;
        File.WriteAllBytes(outbox, [1, 2, 3]);

        var refused = await Assert.ThrowsAsync<RefusalException>(() => engine.Get<ApprovalService>().ApproveAsync(October, ops2));
        var stored = (await engine.Get<IStateStore>().ListRunsAsync(October)).Single();

        Assert.Multiple(() =>
        {
            Assert.That(refused!.Code, Is.EqualTo(RefusalCode.StateConflict));
            Assert.That(refused.Message, Is.EqualTo(
                $"{outbox} 已在报送目录 (outbox) 中，内容不同 (other bytes)（sha256 039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81，本批次为 {built.Package.Sha256}）；" +
                "已报送的报文包绝不覆盖：请先查明该文件的来历。"));
            Assert.That(stored.State, Is.EqualTo(RunState.AwaitingApproval));
            Assert.That(File.ReadAllBytes(outbox), Is.EqualTo(new byte[] { 1, 2, 3 }), "the outbox file is left as found");
            Assert.That(File.Exists(built.Package.Path), Is.True, "the run folder keeps its copy");
        });
    }

    [Test]
    public async Task ACrashBetweenTheCommitAndTheCleanUp_LeavesTheBatchPublished_AndTheNextApproveFinishesTheCleanUp()
    {
        using var folder = new TemporaryDirectory();
        var fileSystem = new FaultyFileSystem();
        await using var engine = await BankHost.StartAsync(BankHost.Generate(folder, DemoBankSize.Tiny), fileSystem: fileSystem);
        var (ops1, ops2) = await Approvals.OperatorsAsync(engine);
        var built = await Approvals.RunReadyForApprovalAsync(engine, October, ops1);
        var outbox = Path.Combine(engine.WorkDirectory, "outbox", Path.GetFileName(built.Package!.Path));
        fileSystem.CrashBeforeDelete = path => path == built.Package.Path;

        await Assert.ThrowsAsync<InjectedCrashException>(() => engine.Get<ApprovalService>().ApproveAsync(October, ops2));
        var afterCrash = (await engine.Get<IStateStore>().ListRunsAsync(October)).Single().State;
        var leftOver = File.Exists(built.Package.Path);
        fileSystem.CrashBeforeDelete = _ => false;
        var finished = await engine.Get<ApprovalService>().ApproveAsync(October, ops2);
        var again = await Assert.ThrowsAsync<RefusalException>(() => engine.Get<ApprovalService>().ApproveAsync(October, ops2));

        Assert.Multiple(() =>
        {
            Assert.That(afterCrash, Is.EqualTo(RunState.Published), "the commit came before the crash");
            Assert.That(leftOver, Is.True);
            Assert.That(finished.Run.State, Is.EqualTo(RunState.Published));
            Assert.That(finished.OutboxPath, Is.EqualTo(outbox));
            Assert.That(File.Exists(built.Package.Path), Is.False, "the clean-up is finished");
            Assert.That(File.Exists(outbox), Is.True);
            Assert.That(again!.Message, Does.Contain("已报送 (already published)"));
        });
    }
}
