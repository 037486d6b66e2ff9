namespace RiskReporting.Core.State;

/// <summary>Operators' explanations of WARNING findings, some carried forward to later periods.</summary>
public interface IExplanationStore
{
    /// <summary>Stores an explanation and audits it.</summary>
    Task AddExplanationAsync(Explanation explanation, CancellationToken cancellationToken = default);

    /// <summary>Stores several explanations and their audit lines in one transaction: all of them or none (a bulk upload, a rule's every warning).</summary>
    Task AddExplanationsAsync(IReadOnlyList<Explanation> explanations, CancellationToken cancellationToken = default);

    /// <summary>Explanations of the period, and carry-forward explanations of earlier periods.</summary>
    Task<IReadOnlyList<Explanation>> ExplanationsForAsync(Periods.ReportingPeriod period, CancellationToken cancellationToken = default);
}
