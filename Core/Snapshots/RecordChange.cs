using RiskReporting.Core.State;

namespace RiskReporting.Core.Snapshots;

/// <summary>What happens to one record: the overrides that set its fields, in order, and what is added to its B1P1/B1P2 balances.</summary>
internal sealed class RecordChange
{
    public List<Override> Sets { get; } = [];

    /// <summary>Added to LOAN_BAL, BOND_BAL, EQUITY_BAL, OFFBAL_BAL (the order of <see cref="Reports.DerivedFields.LineBalanceFields"/>).</summary>
    public decimal[] BalanceDeltas { get; } = new decimal[4];
}
