using System.IO.Compression;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Runs;
using RiskReporting.Core.State;
using RiskReporting.DemoBank;
using RiskReporting.Engine.Approval;
using RiskReporting.Engine.Runs;
using RiskReporting.MessageBuilder.Packaging;
using RiskReporting.Testing;

namespace RiskReporting.Engine.Tests.Conformance;

/// <summary>
/// Nothing the regulator would reject is offered for approval (issue #13): the run's package passes the engine's checker and
/// Engine:ConformanceChecker, or the run is FAILED with every problem, the package renamed ….zip.rejected, never approvable.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ConformanceGateTests
{
    private static readonly ReportingPeriod October = new(2026, 10);

    private static string Khfx => Path.Combine(TestPaths.ToolsDirectory, "khfx-check");

    [Test]
    public async Task APackageTheConfiguredCheckerRejects_FailsTheRun_IsRenamedRejected_AndIsNeverApprovable()
    {
        using var folder = new TemporaryDirectory();
        var checker = folder.File("reject.sh");
        File.WriteAllText(checker, "#!/bin/sh\necho \"$1:0: rejected by the bank's checking client\"\nexit 1\n");
        File.SetUnixFileMode(checker, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        await using var engine = await BankHost.StartAsync(BankHost.Generate(folder, DemoBankSize.Tiny), new Dictionary<string, string?> { ["Engine:ConformanceChecker"] = checker });
        var (ops1, ops2) = await Approvals.OperatorsAsync(engine);

        var outcome = await Approvals.RunReadyForApprovalAsync(engine, October, ops1);
        var batch = Path.Combine(engine.WorkDirectory, "202610", "01");
        var refused = await Assert.ThrowsAsync<RefusalException>(() => engine.Get<ApprovalService>().ApproveAsync(October, ops2));
        var stored = (await engine.Get<IStateStore>().ListRunsAsync(October)).Single();
        var rejected = Directory.GetFiles(batch, "*.zip.rejected").Single();
        var package = rejected[..^".rejected".Length];

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Run.State, Is.EqualTo(RunState.Failed));
            Assert.That(outcome.Package, Is.Null, "nothing is offered for approval");
            Assert.That(outcome.ConformanceProblems, Is.EqualTo(new[] { $"Engine:ConformanceChecker {checker} 退出码 (exit code) 1", $"{package}:0: rejected by the bank's checking client" }));
            Assert.That(outcome.Message, Is.EqualTo($"报文 {Path.GetFileName(package)} 未通过合规检查 (conformance gate)，共 2 个问题，已改名为 {rejected}：" +
                $"Engine:ConformanceChecker {checker} 退出码 (exit code) 1；{package}:0: rejected by the bank's checking client"));
            Assert.That((stored.State, stored.Failure), Is.EqualTo((RunState.Failed, outcome.Message)));
            Assert.That(Directory.GetFiles(batch, "*.zip"), Is.Empty, "nothing stays under the package's name");
            Assert.That(File.ReadAllText(Path.Combine(batch, "run.log")), Does.Contain($"合规问题 (conformance)：{package}:0: rejected by the bank's checking client"));
            Assert.That(refused!.Message, Does.Contain("状态为 失败 (FAILED)，不在待审批状态"));
        });
    }

    [Test]
    public async Task WithKhfxCheckAsTheConfiguredChecker_AConformingPackageIsOfferedForApproval_AndPublished()
    {
        using var folder = new TemporaryDirectory();
        await using var engine = await BankHost.StartAsync(BankHost.Generate(folder, DemoBankSize.Tiny), new Dictionary<string, string?> { ["Engine:ConformanceChecker"] = Khfx });
        var (ops1, ops2) = await Approvals.OperatorsAsync(engine);

        var outcome = await Approvals.RunReadyForApprovalAsync(engine, October, ops1);
        var approved = await engine.Get<ApprovalService>().ApproveAsync(October, ops2);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Run.State, Is.EqualTo(RunState.AwaitingApproval));
            Assert.That(outcome.ConformanceProblems, Is.Empty);
            Assert.That(File.ReadAllText(Path.Combine(outcome.Directory, "run.log")), Does.Contain($"合规检查通过 (conformance gate passed)：引擎的检查器 (engine's checker) 与 {Khfx}"));
            Assert.That(approved.Run.State, Is.EqualTo(RunState.Published));
        });
    }

    [Test]
    public async Task ATamperedPackageWithItsShaRecordedToo_IsRejectedAtApprove_ByTheEnginesOwnChecker()
    {
        using var folder = new TemporaryDirectory();
        await using var engine = await BankHost.StartAsync(BankHost.Generate(folder, DemoBankSize.Tiny));
        var (ops1, ops2) = await Approvals.OperatorsAsync(engine);
        var outcome = await Approvals.RunReadyForApprovalAsync(engine, October, ops1);
        var path = outcome.Package!.Path;
        var b1 = AppendEmptyLine(path, "B1");
        var store = engine.Get<IStateStore>();
        await store.UpdateRunAsync(outcome.Run with { PackageSha256 = engine.Get<PackageWriter>().Sha256Of(path) });

        var refused = await Assert.ThrowsAsync<RefusalException>(() => engine.Get<ApprovalService>().ApproveAsync(October, ops2));
        var again = await Assert.ThrowsAsync<RefusalException>(() => engine.Get<ApprovalService>().ApproveAsync(October, ops2));
        var stored = (await store.ListRunsAsync(October)).Single();

        Assert.Multiple(() =>
        {
            Assert.That(refused!.Code, Is.EqualTo(RefusalCode.StateConflict));
            Assert.That(refused.Message, Does.StartWith($"报文 {Path.GetFileName(path)} 未通过合规检查 (conformance gate)，共 "));
            Assert.That(refused.Message, Does.Contain($"已改名为 {path}.rejected："));
            Assert.That(refused.Message, Does.Contain(b1 + ":"), "the problems name the tampered entry");
            Assert.That((stored.State, stored.Failure), Is.EqualTo((RunState.Failed, refused.Message)));
            Assert.That(File.Exists(path), Is.False);
            Assert.That(File.Exists(path + ".rejected"), Is.True);
            Assert.That(Directory.Exists(Path.Combine(engine.WorkDirectory, "outbox")) && Directory.GetFiles(Path.Combine(engine.WorkDirectory, "outbox")).Length > 0, Is.False, "nothing reached the outbox");
            Assert.That(File.ReadAllText(Path.Combine(outcome.Directory, "run.log")), Does.Contain("审批时合规问题 (conformance at approve)：" + b1 + ":"));
            Assert.That(again!.Message, Does.Contain("状态为 失败 (FAILED)，不在待审批状态"));
        });
    }

    [Test]
    public async Task AConformanceCheckerThatIsNoFile_StopsTheStart_NamingTheSetting()
    {
        using var folder = new TemporaryDirectory();
        var missing = folder.File("no-such-checker");

        var refused = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            BankHost.StartAsync(BankHost.Generate(folder, DemoBankSize.Tiny), new Dictionary<string, string?> { ["Engine:ConformanceChecker"] = missing }));

        Assert.That(refused!.Failures, Does.Contain($"Engine:ConformanceChecker: 文件 {missing} 不存在 (file does not exist)。"));
    }

    /// <summary>Rewrites the package with an empty line at the end of the report file whose name holds <paramref name="report"/>; returns that entry's name.</summary>
    private static string AppendEmptyLine(string package, string report)
    {
        var entries = new List<(string Name, DateTimeOffset Time, byte[] Content)>();
        using (var zip = ZipFile.OpenRead(package))
        {
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                entries.Add((entry.FullName, entry.LastWriteTime, buffer.ToArray()));
            }
        }

        var target = entries.First(e => e.Name.Contains("_" + report, StringComparison.Ordinal)).Name;
        File.Delete(package);
        using (var zip = ZipFile.Open(package, ZipArchiveMode.Create))
        {
            foreach (var (name, time, content) in entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = time;
                using var stream = entry.Open();
                stream.Write(content);
                if (name == target)
                {
                    stream.Write("\r\n"u8);
                }
            }
        }

        return target;
    }
}
