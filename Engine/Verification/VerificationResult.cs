namespace RiskReporting.Engine.Verification;

/// <summary>
/// A past package rebuilt from the state store: the SHA-256 recorded when it was built, the one rebuilt now, and every copy that should
/// exist (the run folder's until approval, the outbox's after it) compared with the rebuilt bytes.
/// </summary>
/// <param name="Problems">Each disagreement in one sentence naming what disagrees: the recorded SHA-256, a copy that differs, a copy that is missing.</param>
public sealed record VerificationResult(string PackageName, string RecordedSha256, string RebuiltSha256, IReadOnlyList<string> Problems)
{
    public bool Verified => Problems.Count == 0;
}
