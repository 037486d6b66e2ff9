namespace RiskReporting.Core.State;

/// <summary>The findings of each run: stored whole, read whole (the findings file) or a page at a time with counts (the portal).</summary>
public interface IFindingStore
{
    /// <summary>Replaces the run's findings with these, in one transaction.</summary>
    Task SaveFindingsAsync(string runId, IEnumerable<StoredFinding> findings, CancellationToken cancellationToken = default);

    /// <summary>Every finding of the run, by rule, part, record key and field.</summary>
    Task<IReadOnlyList<StoredFinding>> LoadFindingsAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>One page of the run's findings that pass the query's filters, in the order of <see cref="LoadFindingsAsync"/>, and how many pass in all.</summary>
    Task<FindingPage> FindFindingsAsync(FindingQuery query, CancellationToken cancellationToken = default);

    /// <summary>How many of the run's findings pass the query's filters, by rule, severity, part and branch (the page and its size are ignored).</summary>
    Task<FindingCounts> CountFindingsAsync(FindingQuery query, CancellationToken cancellationToken = default);
}
