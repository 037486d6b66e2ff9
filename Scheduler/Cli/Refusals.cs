using RiskReporting.Core.Runs;
using RiskReporting.Engine;
using RiskReporting.Engine.Runs;

namespace RiskReporting.Scheduler.Cli;

/// <summary>The one place the CLI turns the engine's answers into exit codes.</summary>
public static class Refusals
{
    public static ExitCode ExitCodeOf(RefusalCode code) => code switch
    {
        RefusalCode.StateConflict => ExitCode.Refused,
        RefusalCode.RejectedFile => ExitCode.Failed,

        // No valid session, or a role that does not allow the action (issue #14).
        RefusalCode.NotLoggedIn or RefusalCode.NotAllowed => ExitCode.NotAllowed,
        _ => ExitCode.Usage,
    };

    /// <summary>
    /// The one prefix style of every message on standard error (issue #17): `riskreport: ` and the kind of message in
    /// Chinese with its English term, then the message. The missing-session sentence is its own kind (ADR 0015).
    /// </summary>
    public static string Prefix(RefusalCode code) => "riskreport: " + code switch
    {
        RefusalCode.InvalidInput => "输入有误 (invalid input): ",
        RefusalCode.InvalidConfiguration => "配置有误 (configuration): ",
        RefusalCode.NotFound => "未找到 (not found): ",
        RefusalCode.NotLoggedIn => string.Empty,
        RefusalCode.NotAllowed => "无权限 (not allowed): ",
        RefusalCode.RejectedFile => "文件被拒收 (rejected): ",
        _ => "拒绝 (refused): ",
    };

    /// <summary>A command line that cannot be run as typed.</summary>
    public const string UsagePrefix = "riskreport: 用法错误 (usage): ";

    /// <summary>A command or run that failed.</summary>
    public const string FailedPrefix = "riskreport: 失败 (failed): ";

    /// <summary>The exit code of `run` and `correct` for how the run ended (a failure is reported by the caller).</summary>
    public static ExitCode ExitCodeOf(RunOutcome outcome) => outcome.Run.State switch
    {
        RunState.AwaitingApproval => ExitCode.Ok,
        RunState.Blocked => ExitCode.Blocked,
        RunState.WaitingForLedger => ExitCode.WaitingForLedger,
        _ => ExitCode.Failed,
    };
}
