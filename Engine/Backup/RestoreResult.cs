using RiskReporting.Core.State;
using RiskReporting.Engine.Verification;

namespace RiskReporting.Engine.Backup;

/// <summary>
/// A backup restored into a work folder, and the checks run on it: `audit verify` on the restored chain and `verify` on the latest
/// batch that built a package (null when the backup holds none).
/// </summary>
public sealed record RestoreResult(string Directory, BackupManifest Manifest, AuditVerification Audit, string? Batch, VerificationResult? Verification)
{
    public bool Passed => Audit.Intact && Verification is null or { Verified: true };
}
