using RiskReporting.Core.State;

namespace RiskReporting.Engine.Findings;

/// <summary>The values an explanation concerns: the stored record's values, or for a finding on no record (GL, LEDGER, totals) its value.</summary>
public static class FindingDigest
{
    public static async Task<string> OfAsync(IStateStore store, string runId, StoredFinding finding, CancellationToken cancellationToken)
    {
        var record = finding.Key.Length == 0 || finding.Part is "GL" or "LEDGER" ? null : await store.FindRecordAsync(runId, finding.Part, finding.Key, cancellationToken);
        return ValuesDigest.Of(record?.Values ?? [finding.Value]);
    }
}
