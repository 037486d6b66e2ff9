namespace RiskReporting.Core.State;

/// <summary>The monthly 文字说明 of each batch.</summary>
public interface IStatementStore
{
    /// <summary>Stores the batch's statement, replacing an earlier one of the same batch, and audits it, in one transaction.</summary>
    Task SaveStatementAsync(Statement statement, CancellationToken cancellationToken = default);

    /// <summary>The statement stored with the run, or null.</summary>
    Task<Statement?> StatementOfAsync(string runId, CancellationToken cancellationToken = default);
}
