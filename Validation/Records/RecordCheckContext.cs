namespace RiskReporting.Validation.Records;

/// <summary>What record rules need beyond the record: D, the branches' bank codes, each reported group's credit type.</summary>
public sealed record RecordCheckContext(DateOnly DataDate, IReadOnlySet<string> BankCodes, IReadOnlyDictionary<string, string> GroupCreditTypes);
