namespace RiskReporting.Core.State;

/// <summary>What a run extracted: its records with their lineage, the facts validation reads, and the source fingerprints.</summary>
public interface ISnapshotStore
{
    /// <summary>Stores the run's extracted records (with their lineage) and the source fingerprint, replacing any earlier snapshot of the run.</summary>
    Task SaveSnapshotAsync(string runId, Snapshots.PeriodSnapshot snapshot, CancellationToken cancellationToken = default);

    /// <summary>One stored record of a run by part and key: its values in field order and the source rows it came from.</summary>
    Task<StoredRecord?> FindRecordAsync(string runId, string part, string key, CancellationToken cancellationToken = default);

    /// <summary>The stored records of a run for the given parts, in key order, streamed from the store each time a part is read.</summary>
    Task<Reports.ReportRecords> LoadRecordsAsync(string runId, IReadOnlyCollection<string> parts, CancellationToken cancellationToken = default);

    /// <summary>A run's stored snapshot, its parts streamed from the store; null when the run stored none (or an engine before 0005 did).</summary>
    Task<Snapshots.PeriodSnapshot?> LoadSnapshotAsync(string runId, Periods.ReportingPeriod period, CancellationToken cancellationToken = default);

    Task<IReadOnlyDictionary<string, Snapshots.SourceFingerprint>> SourceFingerprintsAsync(string runId, CancellationToken cancellationToken = default);
}
