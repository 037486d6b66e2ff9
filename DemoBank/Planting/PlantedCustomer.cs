namespace RiskReporting.DemoBank.Planting;

/// <summary>What the planter wrote for one customer, so that a case can break it and name its keys.</summary>
public sealed record PlantedCustomer(string Code, string Name, string Uscc, string Branch, string LoanBranch, string? CreditNo, string Receipt, string Contract, string? LegalRepresentative);
