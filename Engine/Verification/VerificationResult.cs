namespace RiskReporting.Engine.Verification;

/// <summary>A past package rebuilt from the state store: the SHA-256 recorded when it was built and the one rebuilt now.</summary>
public sealed record VerificationResult(string PackageName, string RecordedSha256, string RebuiltSha256)
{
    public bool Verified => RecordedSha256 == RebuiltSha256;
}
