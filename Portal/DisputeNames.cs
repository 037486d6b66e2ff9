using RiskReporting.Evidence.Disputes;

namespace RiskReporting.Portal;

/// <summary>Dispute states and evidence kinds as branch and credit-management staff name them.</summary>
public static class DisputeNames
{
    public static string Of(DisputeState state) => state switch
    {
        DisputeState.Assigned => "待处理",
        DisputeState.InProgress => "处理中",
        DisputeState.Submitted => "已提交待审核",
        DisputeState.Approved => "审核通过",
        DisputeState.Returned => "已退回",
        DisputeState.Exported => "已反馈监管",
        _ => state.ToString(),
    };

    public static string Tone(DisputeState state) => state switch
    {
        DisputeState.Approved or DisputeState.Exported => "ok",
        DisputeState.Submitted => "info",
        DisputeState.Returned => "bad",
        _ => "warn",
    };

    public static string Of(DisputeResult result) => result switch
    {
        DisputeResult.Confirmed => "RESULT 1 · 本行报送值正确",
        _ => "RESULT 2 · 本行报送值有误，已更正",
    };

    public static string Of(EvidenceKind kind) => kind.ToString().ToUpperInvariant();

    /// <summary>A size as staff read it: KB below a megabyte, else MB.</summary>
    public static string Size(long bytes) => bytes < 1024 * 1024
        ? (bytes / 1024.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " KB"
        : (bytes / 1024.0 / 1024.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " MB";
}
