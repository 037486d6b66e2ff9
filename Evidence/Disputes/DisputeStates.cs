namespace RiskReporting.Evidence.Disputes;

/// <summary>The spelling of the states as the spec, the store and the command line write them.</summary>
public static class DisputeStates
{
    public static string Text(DisputeState state) => state switch
    {
        DisputeState.Assigned => "ASSIGNED",
        DisputeState.InProgress => "IN_PROGRESS",
        DisputeState.Submitted => "SUBMITTED",
        DisputeState.Approved => "APPROVED",
        DisputeState.Returned => "RETURNED",
        _ => "EXPORTED",
    };

    public static DisputeState Parse(string text)
    {
        foreach (var state in Enum.GetValues<DisputeState>())
        {
            if (string.Equals(Text(state), text, StringComparison.OrdinalIgnoreCase))
            {
                return state;
            }
        }

        throw new FormatException($"'{text}' 不是争议项状态 (dispute state)：可用 ASSIGNED、IN_PROGRESS、SUBMITTED、APPROVED、RETURNED 或 EXPORTED。");
    }
}
