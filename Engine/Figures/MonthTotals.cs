namespace RiskReporting.Engine.Figures;

/// <summary>
/// One month's totals of the main parts (万元): credit lines (B1P1 CREDIT_LIMIT), exposure (B1P1 USED_TOTAL) and loan balance
/// (B1P3 LOAN_BAL), from the batch shown (the current one) or the month's latest published batch (the earlier ones).
/// </summary>
public sealed record MonthTotals(string Period, int Batch, bool Current, decimal CreditLines, decimal Exposure, decimal LoanBalance, int Customers);
