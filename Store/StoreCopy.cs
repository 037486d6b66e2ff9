using RiskReporting.Core.Runs;
using RiskReporting.Core.State;

namespace RiskReporting.Store;

/// <summary>
/// A consistent copy of the state store (issue #18, backup) and what that copy holds, read from the copy itself: its runs,
/// the outbox path each published run recorded, and its audit chain head. The files a backup takes beside the copy are
/// chosen from this, so that the backup never holds a file the copy knows nothing of, or misses one it names.
/// </summary>
/// <param name="Path">The file written: a SQLite database, or a pg_dump script.</param>
/// <param name="Kind">"sqlite" or "postgres".</param>
public sealed record StoreCopy(string Path, string Kind, int SchemaVersion, IReadOnlyList<RunRecord> Runs, IReadOnlyDictionary<string, string> OutboxPaths, AuditChainHead Head)
{
    /// <summary>The backup member that holds a copy of this kind.</summary>
    public string Member => Kind == "sqlite" ? "state.db" : "state.sql";
}
