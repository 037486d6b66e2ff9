namespace RiskReporting.Extraction.Ledger;

/// <summary>One wrong place in a ledger file: its line (header = 1), column (empty for a whole row) and reason.</summary>
public sealed record LedgerProblem(int Line, string Column, string Reason)
{
    public override string ToString() => Column.Length == 0 ? $"line {Line}：{Reason}" : $"line {Line}, column {Column}：{Reason}";
}
