namespace RiskReporting.Engine.Tests;

/// <summary>What a <see cref="FaultyFileSystem"/> throws where a test injects a crash: the process would have stopped here.</summary>
public sealed class InjectedCrashException : Exception
{
    public InjectedCrashException()
    {
    }

    public InjectedCrashException(string message)
        : base(message)
    {
    }

    public InjectedCrashException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
