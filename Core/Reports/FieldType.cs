namespace RiskReporting.Core.Reports;

/// <summary>The value types of report-tables.md ("Notation").</summary>
public enum FieldType
{
    /// <summary>C..n / Cn: text.</summary>
    Text,

    /// <summary>A: amount in 万元 with two decimals.</summary>
    Amount,

    /// <summary>R: ratio in percent with four decimals.</summary>
    Ratio,

    /// <summary>D: date YYYYMMDD.</summary>
    Date,

    /// <summary>I: non-negative integer; keys of this type compare as numbers.</summary>
    WholeNumber,

    /// <summary>K:list: a code.</summary>
    Code,
}
