using System.Globalization;
using System.Text.RegularExpressions;
using RiskReporting.Core.Codes;
using RiskReporting.Core.Text;

namespace RiskReporting.Core.Reports;

/// <summary>
/// Whether one value is written as its field requires (message-format.md): amounts with two decimals,
/// ratios with four, dates YYYYMMDD, whole numbers, codes from their list, text within its length. Used
/// where a person types a value that will be reported, such as a corrected value in a dispute answer.
/// </summary>
public static partial class FieldValueCheck
{
    /// <summary>Null when the value is acceptable, else the reason.</summary>
    public static string? Problem(FieldDefinition field, string value, CodeLists codes)
    {
        if (value.Length == 0)
        {
            return null;
        }

        return field.Type switch
        {
            FieldType.Amount when !AmountPattern().IsMatch(value) => $"{field.Name} 须为以万元为单位、两位小数的金额 (amount)，例如 1234.50",
            FieldType.Ratio when !RatioPattern().IsMatch(value) => $"{field.Name} 须为四位小数的比例 (ratio)，例如 0.2500",
            FieldType.WholeNumber when !WholePattern().IsMatch(value) => $"{field.Name} 须为整数 (whole number)",
            FieldType.Date when !DateOnly.TryParseExact(value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) => $"{field.Name} 须为 YYYYMMDD 格式的日期 (date)，例如 20261031",
            FieldType.Code when field.CodeList is { } list && !codes[list].Contains(value) => $"{field.Name} '{value}' 不在代码表 (code list) {list} 中",
            FieldType.Text when field.FixedLength > 0 && value.Length != field.FixedLength => $"{field.Name} 须为 {field.FixedLength} 个字符 (characters)",
            FieldType.Text when field.MaxBytes > 0 && Gb18030.ByteCount(value) > field.MaxBytes => $"{field.Name} 按 GB18030 编码至多 {field.MaxBytes} 字节",
            _ => null,
        };
    }

    [GeneratedRegex(@"^-?\d{1,16}\.\d{2}$")]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"^-?\d{1,4}\.\d{4}$")]
    private static partial Regex RatioPattern();

    [GeneratedRegex(@"^-?\d{1,18}$")]
    private static partial Regex WholePattern();
}
