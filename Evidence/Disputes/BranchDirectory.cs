namespace RiskReporting.Evidence.Disputes;

/// <summary>Who managed each customer and group, and which branch has each bank_code, as a reported batch saw them.</summary>
public sealed record BranchDirectory(IReadOnlyDictionary<string, string> ManagingBranches, IReadOnlyDictionary<string, string> BranchesByBankCode, string HeadOffice)
{
    public static BranchDirectory Empty { get; } = new(new Dictionary<string, string>(), new Dictionary<string, string>(), string.Empty);
}
