namespace RiskReporting.Portal.Identity;

/// <summary>A login the identity service refused; the message is the service's and the page shows it as it is.</summary>
public sealed class LoginRefusedException : Exception
{
    public LoginRefusedException()
    {
    }

    public LoginRefusedException(string message)
        : base(message)
    {
    }

    public LoginRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
