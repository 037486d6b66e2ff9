namespace RiskReporting.Engine.Reports;

/// <summary>One section of an analysis report: a heading, a table (the figures, as text) and an optional note and chart under it.</summary>
public sealed record ReportSection(string Heading, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, string? Note = null, ReportChart? Chart = null);
