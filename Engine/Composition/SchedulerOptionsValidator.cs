using Microsoft.Extensions.Options;
using RiskReporting.Core.Periods;
using RiskReporting.Engine.Configuration;

namespace RiskReporting.Engine.Composition;

/// <summary>The "Scheduler" section at start: a first period that is a period, a known time zone, leases and waits of at least one unit.</summary>
public sealed class SchedulerOptionsValidator : IValidateOptions<SchedulerOptions>
{
    public ValidateOptionsResult Validate(string? name, SchedulerOptions options)
    {
        var problems = new List<string>();
        if (options.FirstPeriod.Length > 0 && !ReportingPeriod.TryParse(options.FirstPeriod, out _))
        {
            problems.Add($"Scheduler:FirstPeriod '{options.FirstPeriod}' 须为本系统报送的第一个期次 YYYYMM。");
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _))
        {
            problems.Add($"Scheduler:TimeZone '{options.TimeZone}' 不是已知时区 (not a known time zone)，例如 Asia/Shanghai。");
        }

        foreach (var (setting, value) in new[] { ("LeaseMinutes", options.LeaseMinutes), ("IdleWaitSeconds", options.IdleWaitSeconds), ("MisfireThresholdSeconds", options.MisfireThresholdSeconds), ("LedgerPollMinutes", options.LedgerPollMinutes) })
        {
            if (value < 1)
            {
                problems.Add($"Scheduler:{setting} {value} 须至少为 1。");
            }
        }

        return OptionChecks.Result(problems);
    }
}
