using RiskReporting.Core.Reports;

namespace RiskReporting.Validation.Findings;

/// <summary>
/// The unit a finding's value is in, as the spec states it: the HN rules compare in CNY yuan (rules.md,
/// "行内一致性"); a report field of type A is in 万元 and of type R in percent (report-tables.md, "Notation"),
/// also where a customer- or group-level rule names a field of another part (TS-DQ-002's CREDIT_LIMIT on B3P1);
/// TS-KQ-004 and TJ-KQ-002 sum USED_TOTAL and LOAN_BAL (万元); TJ-KQ-001 counts B3P1 customers (户).
/// </summary>
public static class FindingUnits
{
    public const string Yuan = "元";

    public const string Wan = "万元";

    private static readonly Dictionary<string, FieldType> TypeByField = ReportParts.All
        .SelectMany(p => p.Fields)
        .GroupBy(f => f.Name, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Type, StringComparer.Ordinal);

    public static string Of(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (finding.Part == "GL")
        {
            return Yuan;
        }

        switch (finding.Rule)
        {
            case "TS-KQ-004" or "TJ-KQ-002":
                return Wan;
            case "TJ-KQ-001":
                return "户";
        }

        var type = FieldTypeOf(finding.Part, finding.Field);
        return type switch
        {
            FieldType.Amount => Wan,
            FieldType.Ratio => "%",
            _ => string.Empty,
        };
    }

    private static FieldType? FieldTypeOf(string part, string field)
    {
        if (field.Length == 0)
        {
            return null;
        }

        var definition = ReportParts.All.FirstOrDefault(p => p.Code == part);
        if (definition is not null && definition.HasField(field))
        {
            return definition.Fields[definition.IndexOf(field)].Type;
        }

        return TypeByField.TryGetValue(field, out var type) ? type : null;
    }
}
