namespace RiskReporting.Extraction.Ledger;

/// <summary>The period's ledger file is not in the inbox yet: the run waits (exit code 4) and resumes when it arrives.</summary>
public sealed class LedgerNotArrivedException(string inbox, string period)
    : Exception($"同业台账 (interbank ledger) TYYWTZ_{period}.csv（或 .xlsx）尚未送达 {inbox} (not arrived)：运行等待该文件。");
