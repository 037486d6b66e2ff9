using System.IO.Abstractions;
using RiskReporting.Core.Periods;
using RiskReporting.Core.State;
using RiskReporting.Engine.Composition;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Runs;
using RiskReporting.Validation.Findings;

namespace RiskReporting.Engine.Findings;

/// <summary>
/// `findings --period P [--branch B]`: the latest batch's findings.xlsx again, or the file a branch is sent
/// (its own findings only), written beside the batch's outputs. A branch user gets only their own branch's.
/// </summary>
public sealed class FindingWorkbookService(IStateStore store, EnginePaths paths, IFileSystem fileSystem)
{
    public async Task<string> WriteAsync(ReportingPeriod period, string? branch, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role is { Kind: UserRoleKind.Branch } role && branch != role.BranchCode)
        {
            throw new RefusalException(RefusalCode.NotAllowed, $"{actor.Name} 只能导出本机构 {role.BranchCode} 的问题清单 (findings)：请用 --branch {role.BranchCode}");
        }

        var run = await PeriodRuns.LatestAsync(store, period, cancellationToken);
        var findings = (await store.LoadFindingsAsync(run.RunId, cancellationToken))
            .Select(f => new Finding(f.Rule, f.Severity == "ERROR" ? Severity.Error : Severity.Warning, f.Part, f.Key, f.Field, f.Value, f.Branch, f.Message)).ToList();
        var snapshot = await store.LoadSnapshotAsync(run.RunId, period, cancellationToken);
        IReadOnlyDictionary<(string Part, string Key), FindingCustomer> customers = snapshot is null ? new Dictionary<(string Part, string Key), FindingCustomer>() : FindingCustomers.Of(snapshot, findings);
        var name = branch is null ? "findings.xlsx" : $"findings-{branch}.xlsx";
        var path = fileSystem.Path.Combine(paths.RunDirectory(period, run.Batch), name);
        fileSystem.Directory.CreateDirectory(fileSystem.Path.GetDirectoryName(path)!);
        FindingsWorkbook.Write(fileSystem, path, findings, customers, snapshot?.BranchNames ?? new Dictionary<string, string>(StringComparer.Ordinal), branch);
        return path;
    }
}
