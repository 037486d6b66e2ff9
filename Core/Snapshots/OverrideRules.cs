using RiskReporting.Core.Codes;
using RiskReporting.Core.Reports;

namespace RiskReporting.Core.Snapshots;

/// <summary>
/// Which overrides the engine accepts: one field of one record, in the form the field requires, and never a
/// field whose value report-tables.md derives from others, nor one that decides which other records sum
/// this one. Such an override is refused, naming the fields that would then disagree; every other override
/// has its derived fields computed again (<see cref="OverrideApplication"/>). One wording for every door.
/// </summary>
public static class OverrideRules
{
    private static readonly HashSet<string> DetailParts = new(StringComparer.Ordinal) { "B1P3", "B1P4", "B1P5", "B1P6" };

    private static readonly string[] NoLineFields = ["CREDIT_LIMIT", "START_DATE", "END_DATE", "AVAILABLE"];

    /// <summary>Null when the override is accepted, else why it is refused.</summary>
    public static string? Refusal(PartDefinition part, string key, string field, string value)
    {
        if (!part.HasField(field))
        {
            return $"{part.Code} has no field {field}: its fields are {string.Join(", ", part.Fields.Select(f => f.Name))}.";
        }

        if (part.KeyIndexes.Contains(part.IndexOf(field)))
        {
            return $"{field} is a key field of {part.Code}: a key is corrected in the source, not overridden.";
        }

        return Derived(part, key, field) ?? Decisive(part.Code, field) ?? Form(part.Fields[part.IndexOf(field)], value);
    }

    private static string? Derived(PartDefinition part, string key, string field)
    {
        if (DerivedFields.Sources.TryGetValue((part.Code, field), out var sources))
        {
            return $"{part.Code} {field} is derived from {string.Join(", ", sources)}: override {(sources.Count == 1 ? "that field" : "one of those")} and {field} is derived again.";
        }

        if (part.Code is "B1P1" or "B1P2" && DerivedFields.LineBalanceFields.Contains(field))
        {
            var (detail, column) = DetailOf(field);
            return $"{part.Code} {field} is the sum of {detail} {column} of the records under its CREDIT_NO: override the {detail} record, and {field}, USED_TOTAL and AVAILABLE are summed again.";
        }

        if (part.Code == "B2P1" && field == "MEMBER_COUNT")
        {
            return "B2P1 MEMBER_COUNT counts the group's members in B2P3: correct the membership in the source.";
        }

        if (part.Code == "B1P1" && key.EndsWith("|WNRSXYW", StringComparison.Ordinal) && NoLineFields.Contains(field))
        {
            return $"a WNRSXYW row of B1P1 has no credit line, so {field} stays empty.";
        }

        return null;
    }

    /// <summary>A field that decides which other records sum or list this one.</summary>
    private static string? Decisive(string part, string field) => (part, field) switch
    {
        (_, "CUST_CODE" or "CREDIT_NO") when DetailParts.Contains(part) =>
            $"{part} {field} decides which B1P1 and B1P2 rows sum this record (their balances, USED_TOTAL and AVAILABLE would disagree): correct it in the source.",
        ("B1P3" or "B1P6", "CONTRACT_NO") => $"{part} CONTRACT_NO decides which B4 guarantees are reported (B4 would disagree): correct it in the source.",
        ("B4", "CUST_CODE") => "B4 CUST_CODE is the borrower of the contract in B1P3 or B1P6: correct it in the source.",
        _ => null,
    };

    private static string? Form(FieldDefinition field, string value)
    {
        if (FieldValueCheck.Problem(field, value, CodeLists.Embedded) is { } problem)
        {
            return $"the value \"{value}\" cannot be reported: {problem}.";
        }

        return value.Trim() == value && HasOnlyAllowed(value)
            ? null
            : $"the value of {field.Name} holds control characters, characters XML does not allow, or leading or trailing white space.";
    }

    /// <summary>No control character, U+FFFE, U+FFFF or lone surrogate: what extraction would have removed.</summary>
    private static bool HasOnlyAllowed(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || c < ' ' || c == '\u007F' || c == '\uFFFE' || c == '\uFFFF')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The detail part and column a B1P1/B1P2 balance sums.</summary>
    public static (string Part, string Column) DetailOf(string balanceField) => balanceField switch
    {
        "LOAN_BAL" => ("B1P3", "LOAN_BAL"),
        "BOND_BAL" => ("B1P4", "BOOK_BAL"),
        "EQUITY_BAL" => ("B1P5", "BOOK_BAL"),
        _ => ("B1P6", "BIZ_BAL"),
    };
}
