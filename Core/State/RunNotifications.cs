using System.Globalization;
using RiskReporting.Core.Calendar;
using RiskReporting.Core.Runs;

namespace RiskReporting.Core.State;

/// <summary>
/// What a run's change of state tells people (issue #17): a run that ends FAILED goes to the operators and
/// IT operations, one that ends BLOCKED (ERROR findings, no package) to the operators. The subject starts
/// with the period, then the event in Chinese with its English term, so mail filters can sort on both.
/// </summary>
public static class RunNotifications
{
    public const string Failed = "run.failed";

    public const string Blocked = "run.blocked";

    /// <summary>The notification of a run that moved from <paramref name="before"/> into its current state, if any.</summary>
    public static NewNotification? For(RunState? before, RunRecord run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (before == run.State)
        {
            return null;
        }

        return run.State switch
        {
            RunState.Failed => Make(run, Failed, "operators,role:itops", "运行失败 run FAILED"),
            RunState.Blocked => Make(run, Blocked, "operators", "存在错误级校验问题，未生成报文 run BLOCKED"),
            _ => null,
        };
    }

    private static NewNotification Make(RunRecord run, string eventName, string audience, string what)
    {
        var batch = run.Batch.ToString("D2", CultureInfo.InvariantCulture);
        var at = run.UpdatedAt.ToOffset(ReportingDeadline.ShanghaiOffset).ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);
        var body = string.Join('\n',
            $"期间 period: {run.Period}",
            $"批次 batch: {batch}",
            $"运行 run: {run.RunId}",
            $"状态 state: {run.State.ToString().ToUpperInvariant()}",
            $"时间 time: {at}",
            run.Failure is { Length: > 0 } failure ? $"原因 reason: {failure}" : "原因 reason: 见 findings.csv / findings.xlsx",
            $"详情见 riskreport status --period {run.Period}");
        return new NewNotification(run.Period.ToString(), eventName, audience, $"[CRRS] {run.Period} {what}（批次 {batch}）", body);
    }
}
