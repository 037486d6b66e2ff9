namespace RiskReporting.Engine.Runs;

/// <summary>Turns a stage's row counts into <see cref="RunProgress"/> for one step, timed from the step's start.</summary>
internal sealed class RunProgressReporter(IProgress<RunProgress>? progress, TimeProvider clock)
{
    public IProgress<long>? Step(string step, long? total = null)
    {
        if (progress is null)
        {
            return null;
        }

        var started = clock.GetTimestamp();
        progress.Report(new RunProgress(step, 0, total, TimeSpan.Zero));
        return new StepProgress(rows => progress.Report(new RunProgress(step, rows, total, clock.GetElapsedTime(started))));
    }

    /// <summary>Reports on the calling thread, so the stage and the host see the same count at the same time.</summary>
    private sealed class StepProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
