namespace RiskReporting.Core.Reports;

/// <summary>One field of a report part: its name, type, and for text and codes the limit or the code list.</summary>
public sealed record FieldDefinition(string Name, FieldType Type, int MaxBytes = 0, int FixedLength = 0, string? CodeList = null);
