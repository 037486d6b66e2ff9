namespace RiskReporting.Portal;

/// <summary>The roles as the bank's staff name them; the engine's own word stays visible beside a branch code.</summary>
public static class RoleNames
{
    public static string Of(string role) => role switch
    {
        "operator" => "信贷管理（操作员）",
        "itops" => "信息科技运维",
        "auditor" => "审计",
        "admin" => "系统管理员",
        "branch" => "分支机构",
        _ when role.StartsWith("branch:", StringComparison.Ordinal) => "分支机构 " + role["branch:".Length..],
        _ => role,
    };
}
