namespace RiskReporting.Portal;

/// <summary>Quartz's trigger states as IT operations read them, and the tone of each badge.</summary>
public static class TriggerStateNames
{
    public static string Of(string state) => state switch
    {
        "WAITING" => "等待触发",
        "ACQUIRED" => "即将触发",
        "EXECUTING" => "执行中",
        "BLOCKED" => "等待上次执行结束",
        "PAUSED" => "已暂停",
        "PAUSED_BLOCKED" => "已暂停（执行中）",
        "COMPLETE" => "已完成",
        "ERROR" => "出错",
        "MISFIRED" => "错过触发",
        _ => state,
    };

    public static string Tone(string state) => state switch
    {
        "WAITING" or "ACQUIRED" or "COMPLETE" => "ok",
        "EXECUTING" or "BLOCKED" => "info",
        "ERROR" or "MISFIRED" => "bad",
        _ => "warn",
    };
}
