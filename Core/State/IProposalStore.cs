namespace RiskReporting.Core.State;

/// <summary>The improvement proposals stored with each analysis report.</summary>
public interface IProposalStore
{
    /// <summary>Stores the report's proposals, replacing earlier ones, and audits them, in one transaction.</summary>
    Task SaveProposalsAsync(ReportProposals proposals, CancellationToken cancellationToken = default);

    /// <summary>The proposals stored with the report, or null.</summary>
    Task<ReportProposals?> ProposalsOfAsync(string report, CancellationToken cancellationToken = default);
}
