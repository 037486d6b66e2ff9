using System.IO.Abstractions;
using Microsoft.Extensions.Logging;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Runs;
using RiskReporting.Core.State;
using RiskReporting.Engine.Archive;
using RiskReporting.Engine.Composition;
using RiskReporting.Engine.Conformance;
using RiskReporting.Engine.Findings;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Runs;
using RiskReporting.MessageBuilder.Packaging;

namespace RiskReporting.Engine.Approval;

/// <summary>
/// Approval with four eyes: the findings still those the run recorded, no ERROR, every WARNING explained, and not by the approver. The package moves to
/// the outbox (checked against the SHA-256 recorded when it was built, and through the conformance gate) and the batch is PUBLISHED.
/// </summary>
public sealed class ApprovalService(IStateStore store, FindingService findings, EnginePaths paths, PackageWriter packages, IFileSystem fileSystem, ILogger<ApprovalService> logger,
    ConformanceGate gate, TimeProvider clock, ArchiveService archive)
{
    public async Task<ApprovalResult> ApproveAsync(ReportingPeriod period, Actor actor, CancellationToken cancellationToken = default)
    {
        Roles.RequireOperator(actor);
        var run = await PeriodRuns.LatestAsync(store, period, cancellationToken);
        if (run.State == RunState.Published && CompletesCleanUp(run) is { } finished)
        {
            await archive.FileAsync(run, finished.OutboxPath, actor.Name, cancellationToken);
            return finished;
        }

        var refusal = run.State switch
        {
            RunState.AwaitingApproval => await CheckFindingsAsync(run, actor.Name, cancellationToken),
            RunState.Published => $"{period} 第 {run.Batch:D2} 批已报送 (already published)；更改请走订正 `riskreport correct`。",
            RunState.Blocked => $"{period} 第 {run.Batch:D2} 批因错误 (ERROR) 被阻断：请更正数据后重新运行。",
            _ => $"{period} 第 {run.Batch:D2} 批状态为 {Core.Runs.RunStateNames.Of(run.State)}，不在待审批状态 (not awaiting approval)。",
        };
        if (refusal is not null)
        {
            throw new RefusalException(RefusalCode.StateConflict, refusal);
        }

        var source = BuiltPackage(run);
        var problems = await gate.CheckAsync(source, cancellationToken);
        if (problems.Count > 0)
        {
            throw new RefusalException(RefusalCode.StateConflict, await RejectAsync(run, source, problems, actor.Name, cancellationToken));
        }

        // Recoverable at every point (issue #13): outbox first, then the commit, then the run folder's copy goes; an approve after a crash finds
        // the outbox file, completes the approval when its bytes are the batch's, and refuses naming the file when they are not.
        var outbox = PlaceInOutbox(run, source);
        await store.PublishAsync(run, actor.Name, outbox, cancellationToken);
        await Audit.AuditService.WriteHeadAsync(store, fileSystem, outbox, cancellationToken);
        // Filed after the commit, like the head: an approve that stops before this files the batch when it is given again (CompletesCleanUp).
        await archive.FileAsync(run with { State = RunState.Published }, outbox, actor.Name, cancellationToken);
        logger.Published(period.ToString(), run.Batch, actor.Name, outbox);
        if (source != outbox)
        {
            fileSystem.File.Delete(source);
        }

        return new ApprovalResult(run with { State = RunState.Published }, outbox);
    }

    /// <summary>A published batch whose run folder still holds its package (approve stopped after the commit): the clean-up is finished, when the outbox holds the same bytes.</summary>
    private ApprovalResult? CompletesCleanUp(RunRecord run)
    {
        var source = fileSystem.Path.Combine(paths.RunDirectory(run.Period, run.Batch), run.PackageName!);
        var target = fileSystem.Path.Combine(paths.OutboxDirectory, run.PackageName!);
        if (!fileSystem.File.Exists(source) || !fileSystem.File.Exists(target) || packages.Sha256Of(target) != run.PackageSha256)
        {
            return null;
        }

        fileSystem.File.Delete(source);
        return new ApprovalResult(run, target);
    }

    /// <summary>A package the gate refuses at approve: every problem in run.log, renamed ….zip.rejected, the batch FAILED, never approvable.</summary>
    private async Task<string> RejectAsync(RunRecord run, string source, IReadOnlyList<string> problems, string approver, CancellationToken cancellationToken)
    {
        var log = new RunLog(fileSystem, clock, fileSystem.Path.Combine(paths.RunDirectory(run.Period, run.Batch), "run.log"));
        foreach (var problem in problems)
        {
            log.Write("审批时合规问题 (conformance at approve)：" + problem);
        }

        var cause = ConformanceGate.Cause(run.PackageName!, gate.Reject(source), problems);
        log.Write(Runs.RunFailure.LogLine(cause));
        await store.UpdateRunAsync(run with { State = RunState.Failed, Failure = cause }, cancellationToken);
        await store.AppendAuditAsync(new AuditEntry(clock.GetUtcNow(), approver, "approve.rejected", $"period:{run.Period}", $"第 {run.Batch:D2} 批：{problems.Count} 项合规问题 (conformance problems)"), cancellationToken);
        logger.RunFailed(run.Period.ToString(), run.RunId, cause);
        return cause;
    }

    /// <summary>The findings are those the run recorded in the audit chain; none may block, every warning must be explained, and not by the approver.</summary>
    private async Task<string?> CheckFindingsAsync(RunRecord run, string approver, CancellationToken cancellationToken)
    {
        // The rows must still be the ones the run stored: their SM3 is in the audit chain (issue #14).
        var recorded = await store.RecordedFindingsDigestAsync(run.RunId, cancellationToken);
        if (recorded != FindingsDigest.Of(await store.LoadFindingsAsync(run.RunId, cancellationToken)))
        {
            return recorded is null
                ? "审计链中没有本批次问题清单的摘要 (no findings digest)：请重新运行该期。"
                : "本批次的问题清单与运行结束时记入审计链的摘要不符（状态库被改动 state store was changed）：请重新运行该期。";
        }

        var detail = await findings.DetailAsync(run.Period, run, cancellationToken);
        if (detail.Errors > 0)
        {
            return $"尚有 {detail.Errors} 条错误 (ERROR) 未更正。";
        }

        var unexplained = detail.Open.Select(w => w.Finding).ToList();
        if (unexplained.Count > 0)
        {
            return $"尚有 {unexplained.Count} 条提示 (WARNING) 未说明，例如 {string.Join("、", unexplained.Take(3).Select(f => $"{f.Rule} {f.Key}"))}。";
        }

        // The 文字说明 last (第17条): the other refusals say what else stands first, and its writer is a maker FourEyes refuses.
        return await FourEyes.RefusalAsync(store, run, detail, approver, cancellationToken)
            ?? (await store.StatementOfAsync(run.RunId, cancellationToken) is null
                ? $"{run.Period} 第 {run.Batch:D2} 批尚无文字说明：先用 `riskreport statement --period {run.Period} --draft` 取得草稿，补充后用 `riskreport statement --period {run.Period} --file 文件` 提交（客户信息统计制度第17条）。"
                : null);
    }

    /// <summary>The package in the run folder, with the SHA-256 recorded when it was built; else the batch cannot be approved.</summary>
    private string BuiltPackage(RunRecord run)
    {
        var source = fileSystem.Path.Combine(paths.RunDirectory(run.Period, run.Batch), run.PackageName!);
        var target = fileSystem.Path.Combine(paths.OutboxDirectory, run.PackageName!);
        if (!fileSystem.File.Exists(source) && fileSystem.File.Exists(target) && packages.Sha256Of(target) == run.PackageSha256)
        {
            // Approve stopped after the move: the outbox holds the batch's bytes, and the run folder's copy is what it replaced.
            return target;
        }

        if (!fileSystem.File.Exists(source) || packages.Sha256Of(source) != run.PackageSha256)
        {
            throw new InvalidOperationException($"报文 {source} 缺失或其 SHA-256 与生成时记录的不符 (package missing or changed)：请重新运行该期。");
        }

        return source;
    }

    /// <summary>
    /// Copies the package into the outbox under a temporary name and renames it there (atomic within the folder). A file already there with the
    /// batch's bytes is one an interrupted approve placed, and stands; one with other bytes is refused, naming it: a submitted package is never overwritten.
    /// </summary>
    private string PlaceInOutbox(RunRecord run, string source)
    {
        fileSystem.Directory.CreateDirectory(paths.OutboxDirectory);
        var target = fileSystem.Path.Combine(paths.OutboxDirectory, run.PackageName!);
        if (fileSystem.File.Exists(target))
        {
            var found = packages.Sha256Of(target);
            return found == run.PackageSha256
                ? target
                : throw new RefusalException(RefusalCode.StateConflict,
                    $"{target} 已在报送目录 (outbox) 中，内容不同 (other bytes)（sha256 {found}，本批次为 {run.PackageSha256}）；已报送的报文包绝不覆盖：请先查明该文件的来历。");
        }

        var temporary = target + ".tmp";
        fileSystem.File.Copy(source, temporary, overwrite: true);
        fileSystem.File.Move(temporary, target);
        return target;
    }
}
