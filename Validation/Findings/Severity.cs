namespace RiskReporting.Validation.Findings;

/// <summary>ERROR (确定性校验, 一致性校验) blocks the package; WARNING (提示性校验) needs an operator's explanation.</summary>
public enum Severity
{
    Error,
    Warning,
}
