namespace RiskReporting.Engine;

/// <summary>
/// The engine refused a request: a stable <see cref="RefusalCode"/> and one sentence that says why and what
/// to do instead. Thrown by the services before anything is changed, so a refused request leaves no trace
/// but its audit line, where there is one.
/// </summary>
public sealed class RefusalException : Exception
{
    public RefusalException(RefusalCode code, string message)
        : base(message) => Code = code;

    public RefusalException(RefusalCode code, string message, Exception innerException)
        : base(message, innerException) => Code = code;

    public RefusalException()
    {
    }

    public RefusalException(string message)
        : base(message)
    {
    }

    public RefusalException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RefusalCode Code { get; } = RefusalCode.InvalidInput;
}
