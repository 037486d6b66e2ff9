namespace RiskReporting.Identity;

/// <summary>The <c>Auth</c> section of appsettings.json: sessions, lockout and, as an option, the bank's LDAP directory.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>How long a login session holds (issue #14: 8 hours by default).</summary>
    public int SessionHours { get; set; } = 8;

    /// <summary>Failed logins in a row that lock the account.</summary>
    public int MaxFailedLogins { get; set; } = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public int LockoutMinutes { get; set; } = 15;

    public LdapOptions Ldap { get; set; } = new();
}
