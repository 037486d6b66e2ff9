namespace RiskReporting.Engine.Tests;

/// <summary>Progress observed on the reporting thread, so that a test can act (cancel) at an exact step.</summary>
public sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public List<T> Reports { get; } = [];

    public void Report(T value)
    {
        lock (Reports)
        {
            Reports.Add(value);
        }

        report(value);
    }
}
