namespace RiskReporting.Engine.Users;

/// <summary>
/// The positions a user can hold beside the role (issue #18): those the bank's rule names for approving the destruction
/// of statistics records (客户信息统计制度 第10条), in the order they approve.
/// </summary>
public static class Positions
{
    public const string CustomerInformationHead = "客户信息主管";

    public const string DepartmentManager = "部门经理";

    public const string GeneralManager = "总经理";

    /// <summary>What `users position NAME 无` (or `none`) sets: no position.</summary>
    public static readonly IReadOnlyList<string> None = ["无", "none"];

    public static IReadOnlyList<string> All { get; } = [CustomerInformationHead, DepartmentManager, GeneralManager];

    public static IReadOnlyList<string> DefaultChain { get; } = All;

    public static bool IsKnown(string position) => All.Contains(position, StringComparer.Ordinal);
}
