using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using RiskReporting.Store;

namespace RiskReporting.Portal.Sessions;

/// <summary>
/// Session tickets kept in the state store, so that every portal instance on that store knows every
/// session and a logout or an idle expiry ends it everywhere. The cookie carries only a random id; the
/// stored ticket is data-protected with the shared key ring.
/// </summary>
public sealed class StoreTicketStore(IPortalStore store, IDataProtectionProvider protection, TimeProvider clock, PortalOptions options) : ITicketStore
{
    private readonly IDataProtector _protector = protection.CreateProtector("RiskReporting.Portal.Sessions.v1");

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var id = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await SaveAsync(id, ticket);
        return id;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) => SaveAsync(key, ticket);

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        var session = await store.FindPortalSessionAsync(key);
        if (session is null)
        {
            return null;
        }

        try
        {
            return TicketSerializer.Default.Deserialize(_protector.Unprotect(Convert.FromBase64String(session.Ticket)));
        }
        catch (CryptographicException)
        {
            // A ticket protected by a key the ring no longer has is a session that ended.
            return null;
        }
    }

    public Task RemoveAsync(string key) => store.RemovePortalSessionAsync(key);

    private Task SaveAsync(string id, AuthenticationTicket ticket)
    {
        var expires = ticket.Properties.ExpiresUtc ?? clock.GetUtcNow() + options.IdleTimeout;
        var text = Convert.ToBase64String(_protector.Protect(TicketSerializer.Default.Serialize(ticket)));
        return store.SavePortalSessionAsync(new PortalSession(id, text, expires));
    }
}
