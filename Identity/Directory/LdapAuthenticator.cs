using System.DirectoryServices.Protocols;
using System.Net;
using System.Text;

namespace RiskReporting.Identity.Directory;

/// <summary>
/// A simple bind (LDAP v3) as <see cref="LdapOptions.BindDnTemplate"/> with the user name escaped per RFC 4514.
/// An empty password is refused before the bind: LDAP servers take an empty password as an anonymous bind
/// and say yes (RFC 4513 §5.1.2).
/// </summary>
public sealed class LdapAuthenticator(LdapOptions options) : IDirectoryAuthenticator
{
    /// <summary>The result code of a refused password (RFC 4511 invalidCredentials).</summary>
    private const int InvalidCredentials = 49;

    public Task<bool> BindAsync(string userName, string password, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(password) || string.IsNullOrWhiteSpace(userName))
        {
            return Task.FromResult(false);
        }

        return Task.Run(() => Bind(DistinguishedName(userName), password), cancellationToken);
    }

    public string DistinguishedName(string userName) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, options.BindDnTemplate, EscapeDnValue(userName));

    private bool Bind(string dn, string password)
    {
        var identifier = new LdapDirectoryIdentifier(options.Host, options.Port, fullyQualifiedDnsHostName: false, connectionless: false);
        using var connection = new LdapConnection(identifier, new NetworkCredential(dn, password), AuthType.Basic)
        {
            Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds),
        };
        connection.SessionOptions.ProtocolVersion = 3;
        connection.SessionOptions.SecureSocketLayer = options.UseSsl;
        try
        {
            connection.Bind();
            return true;
        }
        catch (LdapException e) when (e.ErrorCode == InvalidCredentials)
        {
            return false;
        }
        catch (LdapException e)
        {
            throw new DirectoryUnavailableException($"目录 (directory) ldap://{options.Host}:{options.Port} 未响应登录 (did not answer the login)：{e.Message}", e);
        }
    }

    /// <summary>RFC 4514 §2.4: escape , + " \ &lt; &gt; ; = and NUL anywhere, # and space at the start, space at the end.</summary>
    internal static string EscapeDnValue(string value)
    {
        var escaped = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var special = c is ',' or '+' or '"' or '\\' or '<' or '>' or ';' or '='
                || (i == 0 && c is '#' or ' ')
                || (i == value.Length - 1 && c == ' ');
            if (c == '\0')
            {
                escaped.Append("\\00");
            }
            else
            {
                escaped.Append(special ? "\\" : string.Empty).Append(c);
            }
        }

        return escaped.ToString();
    }
}
