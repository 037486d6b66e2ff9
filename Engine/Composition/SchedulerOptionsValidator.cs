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
            problems.Add($"Scheduler:FirstPeriod '{options.FirstPeriod}' must be the first period this engine reports, YYYYMM.");
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _))
        {
            problems.Add($"Scheduler:TimeZone '{options.TimeZone}' is not a known time zone, e.g. Asia/Shanghai.");
        }

        foreach (var (setting, value) in new[] { ("LeaseMinutes", options.LeaseMinutes), ("IdleWaitSeconds", options.IdleWaitSeconds), ("MisfireThresholdSeconds", options.MisfireThresholdSeconds), ("LedgerPollMinutes", options.LedgerPollMinutes) })
        {
            if (value < 1)
            {
                problems.Add($"Scheduler:{setting} {value} must be at least 1.");
            }
        }

        return OptionChecks.Result(problems);
    }
}
