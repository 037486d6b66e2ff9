using Microsoft.Extensions.Logging;

namespace RiskReporting.Portal;

/// <summary>The portal's log messages (event ids 9000–9999). Counts and outcomes only: never a user's password, a customer's data or a session id.</summary>
internal static partial class Log
{
    [LoggerMessage(9001, LogLevel.Information, "门户 (portal) 监听 {Urls}，会话空闲 {IdleMinutes} 分钟后结束")]
    public static partial void PortalStarted(this ILogger logger, string urls, int idleMinutes);

    [LoggerMessage(9002, LogLevel.Information, "登录成功 (Login accepted)")]
    public static partial void LoginAccepted(this ILogger logger);

    [LoggerMessage(9003, LogLevel.Warning, "登录被身份服务拒绝 (Login refused)")]
    public static partial void LoginRefused(this ILogger logger);

    [LoggerMessage(9004, LogLevel.Information, "会话在身份服务处已失效 (session no longer valid)，已结束")]
    public static partial void SessionEnded(this ILogger logger);

    [LoggerMessage(9005, LogLevel.Information, "退出登录 (Logout)")]
    public static partial void LoggedOut(this ILogger logger);

    [LoggerMessage(9006, LogLevel.Information, "已从状态库删除 {Count} 个过期的门户会话 (expired sessions)")]
    public static partial void SessionsPurged(this ILogger logger, int count);
}
