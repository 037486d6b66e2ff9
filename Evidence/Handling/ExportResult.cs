namespace RiskReporting.Evidence.Handling;

/// <summary>The response package written, the items it answers, and (for a partial response) the items left out.</summary>
public sealed record ExportResult(string Path, IReadOnlyList<string> Answered, IReadOnlyList<string> Missing);
