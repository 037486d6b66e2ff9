namespace RiskReporting.Engine.Configuration;

/// <summary>
/// The "Notifications" section: where the outbox's mail goes. Without <see cref="Smtp"/> nothing is sent and
/// the notifications wait in the state store until a host with a server configured sends them.
/// </summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>The mail server as host:port (e.g. mail.bank.local:25); empty sends nothing.</summary>
    public string Smtp { get; set; } = string.Empty;

    public string From { get; set; } = string.Empty;

    /// <summary>The audience "operators": the reporting desk.</summary>
    public List<string> Operators { get; set; } = [];

    /// <summary>The audience "role:ROLE" (itops, auditor, …): addresses per role.</summary>
    public Dictionary<string, List<string>> Roles { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The audience "branch:CODE": the branch users' addresses per branch code.</summary>
    public Dictionary<string, List<string>> Branches { get; set; } = new(StringComparer.Ordinal);

    /// <summary>How long a CLI verb waits, before it exits, for the notifications it raised to be sent.</summary>
    public int SendSeconds { get; set; } = 20;

    /// <summary>Attempts before a notification is given up (logged); retries back off from one minute to an hour.</summary>
    public int MaxAttempts { get; set; } = 10;
}
