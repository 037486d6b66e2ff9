namespace RiskReporting.Engine.Figures;

/// <summary>One bar or slice of a chart: the code it stands for, its name in Chinese, and the amount (万元).</summary>
public sealed record ChartPoint(string Code, string Label, decimal Value);
