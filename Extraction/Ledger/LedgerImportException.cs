namespace RiskReporting.Extraction.Ledger;

/// <summary>A ledger file that fails interbank-ledger.md: nothing of it is imported, and every wrong row is listed.</summary>
public sealed class LedgerImportException(string file, IReadOnlyList<LedgerProblem> problems)
    : Exception($"{file}：{problems.Count} 个问题，未导入任何内容 (nothing imported)：" + string.Join("；", problems.Take(20)) + (problems.Count > 20 ? $"；… 另 {problems.Count - 20} 个" : string.Empty))
{
    public string File { get; } = file;

    public IReadOnlyList<LedgerProblem> Problems { get; } = problems;
}
