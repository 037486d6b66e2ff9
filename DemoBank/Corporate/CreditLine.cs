namespace RiskReporting.DemoBank.Corporate;

/// <summary>A credit line, or a member's split of a group line, that business can be drawn under.</summary>
public sealed record CreditLine(string CreditNo, string Currency, decimal Limit)
{
    /// <summary>Business is drawn to at most this share of the limit, so that no line is used beyond it (TS-DQ-005).</summary>
    public decimal Usable => Limit * 0.8m;
}
