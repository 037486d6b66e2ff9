namespace RiskReporting.DemoBank.Planting;

/// <summary>The planted cases, and the SQL that plants the ones needing a change between two runs.</summary>
public sealed record PlantResult(IReadOnlyList<PlantedCase> Cases, string? BetweenPeriodsSql);
