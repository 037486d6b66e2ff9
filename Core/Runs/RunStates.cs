namespace RiskReporting.Core.Runs;

public static class RunStates
{
    /// <summary>A run in this state is working, or was killed while working: no step of it has reached a stable end.</summary>
    public static bool IsInProgress(this RunState state) => state is RunState.Created or RunState.Extracting or RunState.Validating;
}
