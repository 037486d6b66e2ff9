using System.Text;
using RiskReporting.Core.Digests;
using RiskReporting.Core.Periods;
using RiskReporting.Core.State;

namespace RiskReporting.Store;

public abstract partial class StateStore
{
    public async Task SaveStatementAsync(Statement statement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statement);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, Sql("statements.save"), cancellationToken,
            ("id", statement.RunId), ("p", statement.Period.ToString()), ("b", statement.Batch), ("t", statement.Text), ("by", statement.By), ("at", Format(statement.At)));
        // The chain keeps the text's SM3, so an auditor can tell the statement shown is the one submitted.
        await InsertAuditAsync(connection, transaction, new AuditEntry(statement.At, statement.By, "statement.submit", $"period:{statement.Period}",
            $"第 {statement.Batch:D2} 批：{statement.Text.Length} 个字符 (characters)，sm3 {Sm3.Of(Encoding.UTF8.GetBytes(statement.Text))}"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<Statement?> StatementOfAsync(string runId, CancellationToken cancellationToken = default) =>
        await QueryAsync(Sql("statements.of-run"),
            r => new Statement(r.GetString(0), ReportingPeriod.Parse(r.GetString(1)), r.Int32(2), r.GetString(3), r.GetString(4), r.Time(5)),
            cancellationToken, ("id", runId)) is [var statement] ? statement : null;
}
