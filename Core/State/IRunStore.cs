namespace RiskReporting.Core.State;

/// <summary>The runs of each period, their batches, corrections and publication.</summary>
public interface IRunStore
{
    /// <summary>
    /// Starts a run of the period: batch 01, or the batch of an earlier run that was never published, which
    /// the new run replaces. Refused (null) when the period already has a published batch.
    /// </summary>
    Task<Runs.RunRecord?> StartRunAsync(Periods.ReportingPeriod period, string user, CancellationToken cancellationToken = default);

    Task UpdateRunAsync(Runs.RunRecord run, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Runs.RunRecord>> ListRunsAsync(Periods.ReportingPeriod? period, CancellationToken cancellationToken = default);

    /// <summary>Records the approval of a run, whose package now stands in the outbox, and marks it PUBLISHED, in one transaction.</summary>
    Task PublishAsync(Runs.RunRecord run, string approvedBy, string outboxPath, CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts a correction of a published period: batch N+1 after the last published batch N (replacing an
    /// unpublished correction), recording its reason. Null when the period has no published batch.
    /// </summary>
    Task<Runs.RunRecord?> StartCorrectionAsync(Periods.ReportingPeriod period, string user, string reason, CancellationToken cancellationToken = default);

    /// <summary>The reason and corrected batch of a correction run; null for a first submission.</summary>
    Task<(int PreviousBatch, string Reason)?> CorrectionOfAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>The outbox file the approval of a run recorded; null when the run was never approved.</summary>
    Task<string?> OutboxPathAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>Records the parameters a run builds its batch with (one row per run, replaced when written again).</summary>
    Task SaveBatchParametersAsync(string runId, BatchParameters parameters, CancellationToken cancellationToken = default);

    /// <summary>The parameters recorded with a run; null for a batch built before they were recorded (migration 0006).</summary>
    Task<BatchParameters?> BatchParametersAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>Removes a run that produced nothing (a correction without differences), with its snapshot and findings.</summary>
    Task DeleteRunAsync(string runId, CancellationToken cancellationToken = default);
}
