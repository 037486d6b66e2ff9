namespace RiskReporting.Extraction.Ledger;

/// <summary>The period's ledger file is not in the inbox yet: the run waits (exit code 4) and resumes when it arrives.</summary>
public sealed class LedgerNotArrivedException(string inbox, string period)
    : Exception($"The interbank ledger TYYWTZ_{period}.csv (or .xlsx) has not arrived in {inbox}; the run waits for it.");
