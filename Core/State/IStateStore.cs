namespace RiskReporting.Core.State;

/// <summary>
/// The engine's own database: runs, snapshots, findings, explanations, approvals, users, dispute items
/// and the audit trail. Every stage reaches it through this interface; SQLite under the work folder is
/// the default, PostgreSQL the server option.
/// </summary>
public interface IStateStore
{
    /// <summary>Applies every migration script not yet applied, each in its own transaction. Idempotent.</summary>
    Task<int> MigrateAsync(CancellationToken cancellationToken = default);

    Task<int> SchemaVersionAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds a user, or changes the role of an existing one; both are audited.</summary>
    Task SaveUserAsync(UserAccount user, string actor, CancellationToken cancellationToken = default);

    Task<UserAccount?> FindUserAsync(string name, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<UserAccount>> ListUsersAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts a run of the period: batch 01, or the batch of an earlier run that was never published, which
    /// the new run replaces. Refused (null) when the period already has a published batch.
    /// </summary>
    Task<Runs.RunRecord?> StartRunAsync(Periods.ReportingPeriod period, string user, CancellationToken cancellationToken = default);

    Task UpdateRunAsync(Runs.RunRecord run, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Runs.RunRecord>> ListRunsAsync(Periods.ReportingPeriod? period, CancellationToken cancellationToken = default);

    /// <summary>Stores the run's extracted records (with their lineage) and the source fingerprint, replacing any earlier snapshot of the run.</summary>
    Task SaveSnapshotAsync(string runId, Snapshots.PeriodSnapshot snapshot, CancellationToken cancellationToken = default);

    /// <summary>One stored record of a run by part and key: its values in field order and the source rows it came from.</summary>
    Task<StoredRecord?> FindRecordAsync(string runId, string part, string key, CancellationToken cancellationToken = default);

    /// <summary>The stored records of a run for the given parts, in key order, streamed from the store each time a part is read.</summary>
    Task<Reports.ReportRecords> LoadRecordsAsync(string runId, IReadOnlyCollection<string> parts, CancellationToken cancellationToken = default);

    /// <summary>A run's stored snapshot, its parts streamed from the store; null when the run stored none (or an engine before 0005 did).</summary>
    Task<Snapshots.PeriodSnapshot?> LoadSnapshotAsync(string runId, Periods.ReportingPeriod period, CancellationToken cancellationToken = default);

    Task<IReadOnlyDictionary<string, Snapshots.SourceFingerprint>> SourceFingerprintsAsync(string runId, CancellationToken cancellationToken = default);

    Task SaveFindingsAsync(string runId, IEnumerable<StoredFinding> findings, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<StoredFinding>> LoadFindingsAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>Stores an explanation and audits it.</summary>
    Task AddExplanationAsync(Explanation explanation, CancellationToken cancellationToken = default);

    /// <summary>Explanations of the period, and carry-forward explanations of earlier periods.</summary>
    Task<IReadOnlyList<Explanation>> ExplanationsForAsync(Periods.ReportingPeriod period, CancellationToken cancellationToken = default);

    /// <summary>Stores an override and audits it.</summary>
    Task AddOverrideAsync(Override adjustment, CancellationToken cancellationToken = default);

    /// <summary>Marks an override removed (it stays in the store, with who removed it and when) and audits it; false when there is no active one with that id.</summary>
    Task<bool> RemoveOverrideAsync(string id, string by, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Override>> OverridesForAsync(Periods.ReportingPeriod period, CancellationToken cancellationToken = default);

    /// <summary>Records the approval of a run, whose package now stands in the outbox, and marks it PUBLISHED, in one transaction.</summary>
    Task PublishAsync(Runs.RunRecord run, string approvedBy, string outboxPath, CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts a correction of a published period: batch N+1 after the last published batch N (replacing an
    /// unpublished correction), recording its reason. Null when the period has no published batch.
    /// </summary>
    Task<Runs.RunRecord?> StartCorrectionAsync(Periods.ReportingPeriod period, string user, string reason, CancellationToken cancellationToken = default);

    /// <summary>The reason and corrected batch of a correction run; null for a first submission.</summary>
    Task<(int PreviousBatch, string Reason)?> CorrectionOfAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>Removes a run that produced nothing (a correction without differences), with its snapshot and findings.</summary>
    Task DeleteRunAsync(string runId, CancellationToken cancellationToken = default);

    Task SaveAppliedOverridesAsync(string runId, IEnumerable<string> overrideIds, CancellationToken cancellationToken = default);

    /// <summary>The overrides a run applied, as they were then (removed later or not).</summary>
    Task<IReadOnlyList<Override>> AppliedOverridesAsync(string runId, CancellationToken cancellationToken = default);

    Task AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AuditEntry>> ListAuditAsync(string? subjectPrefix, CancellationToken cancellationToken = default);

    /// <summary>Takes the period's run lock for <paramref name="lease"/> (renewed by calling again); otherwise says who holds it until when.</summary>
    Task<PeriodLock> TryLockPeriodAsync(Periods.ReportingPeriod period, string holder, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>Removes the lock of a holder known to be dead, if it still holds it.</summary>
    Task<bool> BreakPeriodLockAsync(Periods.ReportingPeriod period, string deadHolder, CancellationToken cancellationToken = default);

    Task ReleasePeriodLockAsync(Periods.ReportingPeriod period, string holder, CancellationToken cancellationToken = default);
}
