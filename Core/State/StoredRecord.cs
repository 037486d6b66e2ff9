namespace RiskReporting.Core.State;

/// <summary>A report record as the snapshot keeps it: values in the part's field order and its lineage.</summary>
public sealed record StoredRecord(string Part, string Key, IReadOnlyList<string> Values, string Sources);
