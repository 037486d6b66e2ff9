using RiskReporting.Core.Runs;
using RiskReporting.Core.State;

namespace RiskReporting.Engine.Findings;

/// <summary>One page of a batch's findings and how many match in all.</summary>
public sealed record FindingList(RunRecord Run, IReadOnlyList<StoredFinding> Items, int Total, int Page, int PageSize)
{
    public int Pages => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}
