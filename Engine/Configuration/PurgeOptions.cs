namespace RiskReporting.Engine.Configuration;

/// <summary>The "Purge" section: the retention policy file and the approval chain a destruction needs (客户信息统计制度 第10条).</summary>
public sealed class PurgeOptions
{
    public const string Section = "Purge";

    /// <summary>The retention policy (kind,years,what); empty means rules/retention.csv shipped beside the engine. Relative to the configuration file's folder.</summary>
    public string Retention { get; set; } = string.Empty;

    /// <summary>The positions that approve a purge, in order, each step by a different user; empty means the bank's rule: 客户信息主管, 部门经理, 总经理.</summary>
    public List<string> ApprovalChain { get; set; } = [];

    /// <summary>The chain in force: the configured one, else <see cref="Users.Positions.DefaultChain"/>.</summary>
    public IReadOnlyList<string> Chain => ApprovalChain.Count > 0 ? ApprovalChain : Users.Positions.DefaultChain;
}
