using RiskReporting.Core.Configuration;

/// <summary>
/// Every test assembly runs SQLite in multi-thread mode, as the engine's processes do (ADR 0023), whatever test opens the first
/// connection: a test that used one connection from two threads at once would fail here as it would in production.
/// </summary>
#pragma warning disable CA1050 // NUnit applies a set-up fixture to the whole assembly only outside every namespace
[SetUpFixture]
public sealed class SqliteThreadingSetUp
{
    [OneTimeSetUp]
    public void SqliteRunsInMultiThreadMode() =>
        Assert.That(SqliteThreading.Initialize(), Is.True, "SQLite was initialised before the assembly's set-up: the tests would run in serialized mode");
}
#pragma warning restore CA1050
