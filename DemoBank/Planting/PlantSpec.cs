namespace RiskReporting.DemoBank.Planting;

/// <summary>
/// A clean, in-scope customer for the planter to break in one way: by default an A2 company with one
/// 8,000万 line and one 3,000万 loan under it, both only in the last period.
/// </summary>
public sealed record PlantSpec
{
    public string? Name { get; init; }

    public string? Uscc { get; init; }

    public string CustomerClass { get; init; } = "A2";

    public string? Branch { get; init; }

    /// <summary>The loan's issuing branch, when it must differ from the managing branch.</summary>
    public string? LoanBranch { get; init; }

    /// <summary>The own line's limit in CNY yuan; null for a customer without a line (its loan is WNRSXYW).</summary>
    public decimal? Limit { get; init; } = 80_000_000m;

    public decimal Loan { get; init; } = 30_000_000m;

    /// <summary>Also on the books in the period before (the cross-period cases), at this balance when given.</summary>
    public bool InPreviousPeriod { get; init; }

    public decimal? PreviousBalance { get; init; }

    /// <summary>On the books in the period before only: repaid by the last one.</summary>
    public bool OnlyPreviousPeriod { get; init; }

    public bool LegalRepresentative { get; init; } = true;
}
