namespace RiskReporting.Evidence.Handling;

/// <summary>
/// The reason of the override that an approved RESULT 2 answer becomes, and how it is recognised again (four eyes names it).
/// Overrides stored before issue #17 carry the English prefix "dispute "; both are recognised.
/// </summary>
public static class DisputeOverrideReason
{
    private const string Prefix = "争议答复 (dispute) ";
    private const string PrefixBefore = "dispute ";

    public static string Of(string notice, string disputeId, DateOnly? changeDate, string explanation) =>
        $"{Prefix}{notice} {disputeId}（RESULT 2，变更日期 (changed) {changeDate:yyyyMMdd}）：{explanation}";

    public static bool IsOne(string reason) =>
        reason.StartsWith(Prefix, StringComparison.Ordinal) || reason.StartsWith(PrefixBefore, StringComparison.Ordinal);
}
