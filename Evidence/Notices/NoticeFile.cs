using RiskReporting.Evidence.Disputes;
using RiskReporting.Core.Periods;

namespace RiskReporting.Evidence.Notices;

/// <summary>A notice as read from its file, checked and not yet stored.</summary>
public sealed record NoticeFile(string Org, ReportingPeriod Period, int Batch, int Round, DateOnly NoticeDate, DateOnly DueDate, IReadOnlyList<NoticeLine> Lines, string ContentSm3)
{
    public string Name => DisputeNotice.NameOf(Org, Period, Batch, Round);
}
