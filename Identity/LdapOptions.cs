namespace RiskReporting.Identity;

/// <summary>
/// <c>Auth:Ldap</c>: the bank's directory, used for users registered without a password of ours. The role
/// stays in our registry; the directory only proves the password. Empty <see cref="Host"/> = no directory.
/// </summary>
public sealed class LdapOptions
{
    public string Host { get; set; } = string.Empty;

    public int Port { get; set; } = 389;

    /// <summary>The DN a user binds as, <c>{0}</c> standing for the user name (escaped per RFC 4514), e.g. <c>uid={0},ou=people,dc=bank,dc=cn</c>.</summary>
    public string BindDnTemplate { get; set; } = string.Empty;

    /// <summary>LDAPS (TLS from the first byte); the port is then usually 636.</summary>
    public bool UseSsl { get; set; }

    public int TimeoutSeconds { get; set; } = 10;

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}
