using System.IO.Abstractions;
using Microsoft.Extensions.Logging;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Runs;
using RiskReporting.Core.State;
using RiskReporting.Engine.Composition;
using RiskReporting.Engine.Findings;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Runs;
using RiskReporting.MessageBuilder.Packaging;

namespace RiskReporting.Engine.Approval;

/// <summary>
/// Approval with four eyes: the findings still those the run recorded, no ERROR, every WARNING explained, and not by the approver. The package moves to
/// the outbox (checked against the SHA-256 recorded when it was built) and the batch is PUBLISHED.
/// </summary>
public sealed class ApprovalService(IStateStore store, FindingService findings, EnginePaths paths, PackageWriter packages, IFileSystem fileSystem, ILogger<ApprovalService> logger)
{
    public async Task<ApprovalResult> ApproveAsync(ReportingPeriod period, Actor actor, CancellationToken cancellationToken = default)
    {
        Roles.RequireOperator(actor);
        var run = await PeriodRuns.LatestAsync(store, period, cancellationToken);
        var refusal = run.State switch
        {
            RunState.AwaitingApproval => await CheckFindingsAsync(run, actor.Name, cancellationToken),
            RunState.Published => $"{period} batch {run.Batch:D2} is already published; changes go through `riskreport correct`.",
            RunState.Blocked => $"{period} batch {run.Batch:D2} is blocked by ERROR findings: correct the data and run again.",
            _ => $"{period} batch {run.Batch:D2} is {run.State}, not awaiting approval.",
        };
        if (refusal is not null)
        {
            throw new RefusalException(RefusalCode.StateConflict, "approval refused: " + refusal);
        }

        var outbox = Publish(run);
        await store.PublishAsync(run, actor.Name, outbox, cancellationToken);
        await Audit.AuditService.WriteHeadAsync(store, fileSystem, outbox, cancellationToken);
        logger.Published(period.ToString(), run.Batch, actor.Name, outbox);
        return new ApprovalResult(run with { State = RunState.Published }, outbox);
    }

    /// <summary>The findings are those the run recorded in the audit chain; none may block, every warning must be explained, and not by the approver.</summary>
    private async Task<string?> CheckFindingsAsync(RunRecord run, string approver, CancellationToken cancellationToken)
    {
        // The rows must still be the ones the run stored: their SM3 is in the audit chain (issue #14).
        var recorded = await store.RecordedFindingsDigestAsync(run.RunId, cancellationToken);
        if (recorded != FindingsDigest.Of(await store.LoadFindingsAsync(run.RunId, cancellationToken)))
        {
            return recorded is null
                ? "no digest of this batch's findings is recorded in the audit chain; run the period again."
                : "the batch's findings no longer match the digest recorded in the audit chain at the end of its run (the state store was changed); run the period again.";
        }

        var detail = await findings.DetailAsync(run.Period, run, cancellationToken);
        if (detail.Errors > 0)
        {
            return $"{detail.Errors} ERROR finding(s) stand.";
        }

        var unexplained = detail.Open.Select(w => w.Finding).ToList();
        if (unexplained.Count > 0)
        {
            return $"{unexplained.Count} WARNING finding(s) are not explained, e.g. {string.Join(", ", unexplained.Take(3).Select(f => $"{f.Rule} {f.Key}"))}.";
        }

        return await FourEyes.RefusalAsync(store, run, detail, approver, cancellationToken);
    }

    /// <summary>Copies the package into the outbox under a temporary name, renames it there (atomic within the folder), then removes it from the run folder. A submitted package is never overwritten.</summary>
    private string Publish(RunRecord run)
    {
        var source = fileSystem.Path.Combine(paths.RunDirectory(run.Period, run.Batch), run.PackageName!);
        if (!fileSystem.File.Exists(source) || packages.Sha256Of(source) != run.PackageSha256)
        {
            throw new InvalidOperationException($"The package {source} is missing or no longer has the SHA-256 recorded when it was built; run the period again.");
        }

        fileSystem.Directory.CreateDirectory(paths.OutboxDirectory);
        var target = fileSystem.Path.Combine(paths.OutboxDirectory, run.PackageName!);
        if (fileSystem.File.Exists(target))
        {
            throw new InvalidOperationException($"{target} already exists in the outbox; a submitted package is never overwritten.");
        }

        var temporary = target + ".tmp";
        fileSystem.File.Copy(source, temporary, overwrite: true);
        fileSystem.File.Move(temporary, target);
        fileSystem.File.Delete(source);
        return target;
    }
}
