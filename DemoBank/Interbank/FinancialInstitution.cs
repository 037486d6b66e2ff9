namespace RiskReporting.DemoBank.Interbank;

/// <summary>An interbank counterparty (cust_kind FI) as the ledger books it.</summary>
public sealed record FinancialInstitution(string Code, string Name);
