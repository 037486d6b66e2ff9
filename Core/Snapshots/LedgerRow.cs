namespace RiskReporting.Core.Snapshots;

/// <summary>One accepted row of the interbank ledger file; Line is its line number in the file (header = 1).</summary>
public sealed record LedgerRow(int Line, string DealNo, string Counterparty, string CounterpartyName, string BusinessType, string Currency,
    decimal Balance, DateOnly ValueDate, DateOnly? MaturityDate, string Branch);
