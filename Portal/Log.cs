using Microsoft.Extensions.Logging;

namespace RiskReporting.Portal;

/// <summary>The portal's log messages (event ids 9000–9999). Counts and outcomes only: never a user's password, a customer's data or a session id.</summary>
internal static partial class Log
{
    [LoggerMessage(9001, LogLevel.Information, "Portal listening on {Urls}, sessions end after {IdleMinutes} idle minutes")]
    public static partial void PortalStarted(this ILogger logger, string urls, int idleMinutes);

    [LoggerMessage(9002, LogLevel.Information, "Login accepted")]
    public static partial void LoginAccepted(this ILogger logger);

    [LoggerMessage(9003, LogLevel.Warning, "Login refused by the identity service")]
    public static partial void LoginRefused(this ILogger logger);

    [LoggerMessage(9004, LogLevel.Information, "A session was no longer valid at the identity service and was ended")]
    public static partial void SessionEnded(this ILogger logger);

    [LoggerMessage(9005, LogLevel.Information, "Logout")]
    public static partial void LoggedOut(this ILogger logger);

    [LoggerMessage(9006, LogLevel.Information, "{Count} expired portal sessions removed from the state store")]
    public static partial void SessionsPurged(this ILogger logger, int count);
}
