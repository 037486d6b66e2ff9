namespace RiskReporting.Engine.Archive;

/// <summary>An analysis report written into the archive (`report --quarter` / `--year`): its scope label (2026Q3 or 2026), its file's name and format.</summary>
public sealed record ArchivedReport(string Label, int Year, int? Quarter, string Name, string Format, DateTimeOffset WrittenAt);
