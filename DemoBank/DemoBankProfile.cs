namespace RiskReporting.DemoBank;

/// <summary>How many of each thing a demo bank of a given size has (targets; the generator lands near them).</summary>
public sealed record DemoBankProfile(int CorporateCustomers, int FiCustomers, int Loans, int RetailLoans, int Branches, int SubBranches)
{
    public static DemoBankProfile For(DemoBankSize size) => size switch
    {
        DemoBankSize.Tiny => new(30, 6, 90, 300, 4, 0),
        DemoBankSize.Small => new(2_000, 40, 20_000, 50_000, 10, 20),
        DemoBankSize.Medium => new(50_000, 200, 500_000, 1_000_000, 30, 120),
        DemoBankSize.Large => new(300_000, 600, 3_000_000, 6_000_000, 36, 400),
        _ => throw new ArgumentOutOfRangeException(nameof(size)),
    };

    public double LoansPerCustomer => (double)Loans / CorporateCustomers;
}
