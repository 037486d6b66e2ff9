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
            return $"{part.Code} 没有字段 {field} (no field)：其字段为 {string.Join(", ", part.Fields.Select(f => f.Name))}。";
        }

        if (part.KeyIndexes.Contains(part.IndexOf(field)))
        {
            return $"{field} 是 {part.Code} 的主键字段 (key field)：主键须在源系统更正，不能补录。";
        }

        return Derived(part, key, field) ?? Decisive(part.Code, field) ?? Form(part.Fields[part.IndexOf(field)], value);
    }

    private static string? Derived(PartDefinition part, string key, string field)
    {
        if (DerivedFields.Sources.TryGetValue((part.Code, field), out var sources))
        {
            return $"{part.Code} {field} 由 {string.Join(", ", sources)} 派生 (derived)：请补录{(sources.Count == 1 ? "该字段" : "其中之一")}，{field} 会重新派生。";
        }

        if (part.Code is "B1P1" or "B1P2" && DerivedFields.LineBalanceFields.Contains(field))
        {
            var (detail, column) = DetailOf(field);
            return $"{part.Code} {field} 是其 CREDIT_NO 下各 {detail} 记录 {column} 之和 (sum)：请补录 {detail} 记录，{field}、USED_TOTAL 和 AVAILABLE 会重新汇总。";
        }

        if (part.Code == "B2P1" && field == "MEMBER_COUNT")
        {
            return "B2P1 MEMBER_COUNT 是 B2P3 中集团成员的计数：请在源系统更正成员关系。";
        }

        if (part.Code == "B1P1" && key.EndsWith("|WNRSXYW", StringComparison.Ordinal) && NoLineFields.Contains(field))
        {
            return $"B1P1 的 WNRSXYW 行没有授信额度 (credit line)，{field} 须为空。";
        }

        return null;
    }

    /// <summary>A field that decides which other records sum or list this one.</summary>
    private static string? Decisive(string part, string field) => (part, field) switch
    {
        (_, "CUST_CODE" or "CREDIT_NO") when DetailParts.Contains(part) =>
            $"{part} {field} 决定本记录计入哪些 B1P1 和 B1P2 行（否则其余额、USED_TOTAL 和 AVAILABLE 会不一致）：请在源系统更正。",
        ("B1P3" or "B1P6", "CONTRACT_NO") => $"{part} CONTRACT_NO 决定报送哪些 B4 担保（否则 B4 会不一致）：请在源系统更正。",
        ("B4", "CUST_CODE") => "B4 CUST_CODE 是 B1P3 或 B1P6 中合同的借款人：请在源系统更正。",
        _ => null,
    };

    private static string? Form(FieldDefinition field, string value)
    {
        if (FieldValueCheck.Problem(field, value, CodeLists.Embedded) is { } problem)
        {
            return $"值 \"{value}\" 不能报送 (cannot be reported)：{problem}。";
        }

        return value.Trim() == value && HasOnlyAllowed(value)
            ? null
            : $"{field.Name} 的值含控制字符、XML 不允许的字符或首尾空白 (white space)。";
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
