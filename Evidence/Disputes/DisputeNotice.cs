using RiskReporting.Core.Periods;

namespace RiskReporting.Evidence.Disputes;

/// <summary>
/// A notice as imported: its name stem <c>{ORG}_YZXFK_{D}_{BATCH}_{ROUND}</c>, the submission it concerns,
/// its dates, and the SM3 of its bytes, which tells a repeated import from a different notice of the same name.
/// </summary>
public sealed record DisputeNotice(
    string Name,
    string Org,
    ReportingPeriod Period,
    int Batch,
    int Round,
    DateOnly NoticeDate,
    DateOnly DueDate,
    int ItemCount,
    string ContentSm3,
    string ImportedBy,
    DateTimeOffset ImportedAt)
{
    /// <summary>The response package's name stem: the notice's with YZXHF for YZXFK.</summary>
    public string ResponseStem => $"{Org}_YZXHF_{Period.DataDateText}_{Batch:D2}_{Round:D2}";

    public static string NameOf(string org, ReportingPeriod period, int batch, int round) => $"{org}_YZXFK_{period.DataDateText}_{batch:D2}_{round:D2}";
}
