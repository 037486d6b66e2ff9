using RiskReporting.Core.Reports;

namespace RiskReporting.MessageBuilder.Corrections;

/// <summary>One &lt;C&gt; of the correction file: a record added (A), deleted (D) or updated (U, with its changed fields in part order).</summary>
public sealed record CorrectionEntry(ReportRecord Record, char Action, IReadOnlyList<string> Fields)
{
    public string Part => Record.Part.Code;

    public string Key => Record.Key;
}
