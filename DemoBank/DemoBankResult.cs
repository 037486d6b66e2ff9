namespace RiskReporting.DemoBank;

/// <summary>What `demo init` wrote: the files and the row count of every source table.</summary>
public sealed record DemoBankResult(
    string SourceDatabase,
    IReadOnlyList<string> LedgerFiles,
    string Settings,
    string? PlantedFile,
    IReadOnlyDictionary<string, long> RowCounts);
