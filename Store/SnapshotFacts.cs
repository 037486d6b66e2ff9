using RiskReporting.Core.Snapshots;

namespace RiskReporting.Store;

/// <summary>
/// A snapshot's derived facts as stored beside its records (snapshot_facts, one JSON document per run):
/// everything validation reads that the records, fingerprints, branches and managers do not carry.
/// </summary>
internal sealed record SnapshotFacts(
    string RuleSetVersion,
    decimal ThresholdWan,
    long SourceRowsRead,
    string HeadOfficeBranch,
    IReadOnlyList<CleansingNote> Cleansings,
    IReadOnlyList<LedgerRow> NonFiLedgerRows,
    IReadOnlyList<SnapshotFacts.BranchAmount> ItemTotalsCny,
    IReadOnlyList<SnapshotFacts.BranchAmount> GeneralLedgerCny,
    IReadOnlyDictionary<string, CustomerFacts> CustomerFacts)
{
    /// <summary>Absent from documents stored before branch names were extracted: read as none.</summary>
    public IReadOnlyDictionary<string, string>? BranchNames { get; init; }

    public static SnapshotFacts Of(PeriodSnapshot snapshot) => new(
        snapshot.RuleSetVersion, snapshot.ThresholdWan, snapshot.SourceRowsRead, snapshot.HeadOfficeBranch, snapshot.Cleansings, snapshot.NonFiLedgerRows,
        Amounts(snapshot.ItemTotalsCny), Amounts(snapshot.GeneralLedgerCny), snapshot.CustomerFacts)
    {
        BranchNames = new SortedDictionary<string, string>(snapshot.BranchNames.ToDictionary(b => b.Key, b => b.Value, StringComparer.Ordinal), StringComparer.Ordinal),
    };

    public static IReadOnlyDictionary<(string Branch, string Subject), decimal> ByBranch(IEnumerable<BranchAmount> amounts) =>
        amounts.ToDictionary(a => (a.Branch, a.Subject), a => a.Amount);

    // In branch and subject order, so that the same snapshot stores the same document.
    private static List<BranchAmount> Amounts(IReadOnlyDictionary<(string Branch, string Subject), decimal> amounts) =>
        [.. amounts.OrderBy(a => a.Key.Branch, StringComparer.Ordinal).ThenBy(a => a.Key.Subject, StringComparer.Ordinal).Select(a => new BranchAmount(a.Key.Branch, a.Key.Subject, a.Value))];

    public sealed record BranchAmount(string Branch, string Subject, decimal Amount);
}
