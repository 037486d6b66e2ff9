namespace RiskReporting.Extraction.Parts;

/// <summary>The four balance columns of a B1P1/B1P2 row: sums of the rounded 万元 values of its detail records.</summary>
public sealed class LineBalances
{
    public decimal Loan { get; set; }

    public decimal Bond { get; set; }

    public decimal Equity { get; set; }

    public decimal OffBalance { get; set; }

    public decimal Used => Core.Reports.DerivedFields.UsedTotal(Loan, Bond, Equity, OffBalance);

    public void Add(LineBalances other)
    {
        Loan += other.Loan;
        Bond += other.Bond;
        Equity += other.Equity;
        OffBalance += other.OffBalance;
    }
}
