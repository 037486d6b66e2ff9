namespace RiskReporting.Core.Runs;

/// <summary>A run state as people read it: the Chinese name, then the state's own name as the docs and scripts spell it.</summary>
public static class RunStateNames
{
    public static string Of(RunState state) => state switch
    {
        RunState.Created => "已创建 (CREATED)",
        RunState.Extracting => "抽取中 (EXTRACTING)",
        RunState.WaitingForLedger => "等待同业台账 (WAITING_FOR_LEDGER)",
        RunState.Validating => "校验中 (VALIDATING)",
        RunState.Blocked => "存在错误，已阻断 (BLOCKED)",
        RunState.AwaitingApproval => "待审批 (AWAITING_APPROVAL)",
        RunState.Approved => "已审批 (APPROVED)",
        RunState.Published => "已报送 (PUBLISHED)",
        RunState.Failed => "失败 (FAILED)",
        _ => state.ToString(),
    };
}
