using RiskReporting.Core.Runs;
using RiskReporting.Engine.Runs;

namespace RiskReporting.Portal;

/// <summary>The run and job states as credit-management staff name them.</summary>
public static class StateNames
{
    public static string Of(RunState state) => state switch
    {
        RunState.Created => "已创建",
        RunState.Extracting => "抽取中",
        RunState.WaitingForLedger => "等待同业台账",
        RunState.Validating => "校验中",
        RunState.Blocked => "校验未通过（阻断）",
        RunState.AwaitingApproval => "待审批",
        RunState.Approved => "已审批",
        RunState.Published => "已报送",
        RunState.Failed => "运行失败",
        _ => state.ToString(),
    };

    public static string Of(RunJobState state) => state switch
    {
        RunJobState.Running => "运行中",
        RunJobState.Finished => "已结束",
        RunJobState.Refused => "被拒绝",
        RunJobState.Cancelled => "已取消",
        RunJobState.Faulted => "异常结束",
        _ => state.ToString(),
    };

    public static string Step(string step) => step switch
    {
        RunProgress.Extract => "抽取源数据",
        RunProgress.Store => "保存快照",
        RunProgress.Validate => "规则校验",
        RunProgress.Package => "生成报文",
        _ => step,
    };

    /// <summary>A CSS class for the state's badge.</summary>
    public static string Tone(RunState state) => state switch
    {
        RunState.Published or RunState.Approved => "ok",
        RunState.AwaitingApproval => "info",
        RunState.Blocked or RunState.Failed => "bad",
        _ => "warn",
    };
}
