using RiskReporting.Core.Periods;

namespace RiskReporting.Engine.Reports;

/// <summary>A quarterly or annual 分析报告 as written: its months, whether the period is still in progress, its sections, and where the files are.</summary>
public sealed record AnalysisReport(ReportScope Scope, IReadOnlyList<ReportingPeriod> Months, bool InProgress, IReadOnlyList<ReportSection> Sections, string HtmlPath, string PdfPath);
