namespace RiskReporting.Engine.Reports;

/// <summary>A chart drawn from a section's figures (ScottPlot): its caption and the PNG, embedded in the HTML and drawn in the PDF.</summary>
public sealed record ReportChart(string Caption, byte[] Png)
{
    public const int Width = 800;
    public const int Height = 360;
}
