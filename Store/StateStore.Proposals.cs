using System.Text;
using RiskReporting.Core.Digests;
using RiskReporting.Core.State;

namespace RiskReporting.Store;

public abstract partial class StateStore
{
    public async Task SaveProposalsAsync(ReportProposals proposals, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(proposals);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, Sql("proposals.save"), cancellationToken,
            ("r", proposals.Report), ("t", proposals.Text), ("by", proposals.By), ("at", Format(proposals.At)));
        await InsertAuditAsync(connection, transaction, new AuditEntry(proposals.At, proposals.By, "report.proposals", $"report:{proposals.Report}",
            $"{proposals.Text.Length} 个字符 (characters)，sm3 {Sm3.Of(Encoding.UTF8.GetBytes(proposals.Text))}"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<ReportProposals?> ProposalsOfAsync(string report, CancellationToken cancellationToken = default) =>
        await QueryAsync(Sql("proposals.of-report"), r => new ReportProposals(r.GetString(0), r.GetString(1), r.GetString(2), r.Time(3)), cancellationToken, ("r", report))
            is [var proposals] ? proposals : null;
}
