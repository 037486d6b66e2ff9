namespace RiskReporting.Core.State;

/// <summary>One page of a run's findings and how many findings pass the query's filters in all.</summary>
public sealed record FindingPage(IReadOnlyList<StoredFinding> Items, int Total);
