namespace RiskReporting.DemoBank.Interbank;

/// <summary>One interbank deal and its month-end balance per generated period (null: not on the books then).</summary>
public sealed record Deal(string DealNo, string BusinessType, string Currency, DateOnly ValueDate, DateOnly? MaturityDate, string Branch, decimal?[] Balances);
