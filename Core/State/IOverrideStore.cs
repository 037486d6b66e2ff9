namespace RiskReporting.Core.State;

/// <summary>Manual adjustments (补录) of a period, and which of them each run applied.</summary>
public interface IOverrideStore
{
    /// <summary>Stores an override and audits it.</summary>
    Task AddOverrideAsync(Override adjustment, CancellationToken cancellationToken = default);

    /// <summary>Marks an override removed (it stays in the store, with who removed it and when) and audits it; its period, or null when there is no active one with that id.</summary>
    Task<Periods.ReportingPeriod?> RemoveOverrideAsync(string id, string by, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Override>> OverridesForAsync(Periods.ReportingPeriod period, CancellationToken cancellationToken = default);

    Task SaveAppliedOverridesAsync(string runId, IEnumerable<string> overrideIds, CancellationToken cancellationToken = default);

    /// <summary>The overrides a run applied, as they were then (removed later or not).</summary>
    Task<IReadOnlyList<Override>> AppliedOverridesAsync(string runId, CancellationToken cancellationToken = default);
}
