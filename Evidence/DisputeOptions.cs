namespace RiskReporting.Evidence;

/// <summary>The "Disputes" section of appsettings.json.</summary>
public sealed class DisputeOptions
{
    public const string Section = "Disputes";

    /// <summary>Branches are due this many working days before the notice's due date (disputes.md: default 2).</summary>
    public int BranchLeadWorkingDays { get; set; } = 2;

    /// <summary>The evidence store folder; empty means WORK/evidence.</summary>
    public string Store { get; set; } = string.Empty;

    public IEnumerable<string> Problems()
    {
        if (BranchLeadWorkingDays is < 0 or > 20)
        {
            yield return $"Disputes:BranchLeadWorkingDays {BranchLeadWorkingDays} 须为 0 至 20。";
        }
    }
}
