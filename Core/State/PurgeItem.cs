namespace RiskReporting.Core.State;

/// <summary>
/// One thing past retention that a purge destroys: its retention kind, what it is (a path under the work folder, or
/// the stored records of a run), its age in days and the SHA-256 it had when planned.
/// </summary>
/// <param name="RunId">For stored rows: the run whose records and findings are deleted; null for files.</param>
public sealed record PurgeItem(string Kind, string Target, string? RunId, int AgeDays, string Sha256);
