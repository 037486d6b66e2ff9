namespace RiskReporting.Engine.Handover;

/// <summary>The sections of a 交接清单, one per kind of item a user can hold, in the order the list shows them.</summary>
internal static class HandoverKinds
{
    public static IReadOnlyList<(string Kind, string Heading)> Sections { get; } =
    [
        ("explanation", "一、未关闭的说明（本人所写、期间尚未发布）"),
        ("override", "二、有效的人工修正（期间尚未发布）"),
        ("statement", "三、待审批批次的文字说明草稿"),
        ("dispute", "四、举证事项（本人作答、尚待复核或退回修改）"),
    ];

    /// <summary>The analysis reports' improvement proposals are not stored per author yet (ADR 0016): the list says so rather than leaving it out.</summary>
    public const string ReportsHeading = "五、分析报告草稿与改进建议";
}
