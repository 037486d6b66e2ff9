using Microsoft.Extensions.Options;
using RiskReporting.Engine.Configuration;
using RiskReporting.Engine.Users;

namespace RiskReporting.Engine.Composition;

/// <summary>The "Purge" section at start: every step of the approval chain a known position, none twice.</summary>
public sealed class PurgeOptionsValidator : IValidateOptions<PurgeOptions>
{
    public ValidateOptionsResult Validate(string? name, PurgeOptions options)
    {
        var problems = new List<string>();
        problems.AddRange(options.ApprovalChain.Where(p => !Positions.IsKnown(p))
            .Select(p => $"Purge:ApprovalChain: '{p}' 不是职务 (not a position)，可用：{string.Join("、", Positions.All)}。"));
        if (options.ApprovalChain.Distinct(StringComparer.Ordinal).Count() != options.ApprovalChain.Count)
        {
            problems.Add("Purge:ApprovalChain 中有重复职务：每一步须为不同职务。");
        }

        return OptionChecks.Result(problems);
    }
}
