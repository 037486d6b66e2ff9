using RiskReporting.Core.Reports;
using RiskReporting.Core.Snapshots;

namespace RiskReporting.Validation.Findings;

/// <summary>
/// The branch that must act on a finding (message-format.md): for B1P3–B1P6 and B5 the item's own branch;
/// for B4 the borrower's managing branch; for B1P2 and B2P3 the member's; otherwise the managing branch
/// of the customer or group.
/// </summary>
public sealed class FindingBranch(PeriodSnapshot snapshot)
{
    public string Of(ReportRecord record) => record.Part.Code switch
    {
        "B1P3" or "B1P4" or "B1P5" or "B1P6" or "B5" => snapshot.BranchesByBankCode.GetValueOrDefault(record["BANK_CODE"], string.Empty),
        "B1P2" or "B2P3" => Managing(record["MEMBER_CODE"]),
        "B2P1" => Managing(record["GROUP_CODE"]),
        _ => Managing(record["CUST_CODE"]),
    };

    public string Managing(string customerOrGroup) => snapshot.ManagingBranches.GetValueOrDefault(customerOrGroup, string.Empty);
}
