using System.IO.Abstractions;
using RiskReporting.Core.Periods;
using RiskReporting.Core.State;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Runs;
using RiskReporting.MessageBuilder.Packaging;
using RiskReporting.MessageBuilder.Xml;

namespace RiskReporting.Engine.Verification;

/// <summary>`verify`: prove a past submission by rebuilding its package from the stored snapshot, the overrides it applied and its correction file.</summary>
public sealed class VerificationService(IStateStore store, PackageWriter packages, IFileSystem fileSystem)
{
    public async Task<VerificationResult> VerifyAsync(ReportingPeriod period, int batch, Actor actor, CancellationToken cancellationToken = default)
    {
        Roles.RequireReader(actor);
        var runs = await store.ListRunsAsync(period, cancellationToken);
        var run = runs.SingleOrDefault(r => r.Batch == batch) ?? throw new RefusalException(RefusalCode.NotFound, $"No batch {batch:D2} of {period} is held.");
        if (run.PackageName is null || run.PackageSha256 is null)
        {
            throw new RefusalException(RefusalCode.NotFound, $"{period} batch {run.Batch:D2} built no package ({run.State}).");
        }

        var records = await ReportedBatch.RecordsAsync(store, run, cancellationToken);
        var correction = await ReportedBatch.CorrectionAsync(store, run, runs, records, cancellationToken);
        var scratch = fileSystem.Path.Combine(fileSystem.Path.GetTempPath(), "riskreport-verify-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var rebuilt = packages.Write(scratch, new MessageHeader(run.PackageName[..15], period, run.Batch), records, correction, cancellationToken: cancellationToken);
            return new VerificationResult(run.PackageName, run.PackageSha256, rebuilt.Sha256);
        }
        finally
        {
            if (fileSystem.Directory.Exists(scratch))
            {
                fileSystem.Directory.Delete(scratch, recursive: true);
            }
        }
    }
}
