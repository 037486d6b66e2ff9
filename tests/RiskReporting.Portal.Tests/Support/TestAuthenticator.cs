using System.Collections.Concurrent;
using System.Security.Cryptography;
using RiskReporting.Portal.Identity;

namespace RiskReporting.Portal.Tests.Support;

/// <summary>
/// A test-only identity service behind the portal's seam, standing in for the engine's (#14) until it
/// lands: a few users with passwords, sessions by random token, disabling a user ends its sessions. Two
/// portal instances in one test share one of these as they would share the engine's session table; the
/// portal's own state (keys, tickets) is what the tests prove is shared through the store.
/// </summary>
public sealed class TestAuthenticator : IAuthenticator
{
    public const string Refusal = "用户名或密码不正确 (wrong user name or password)";

    private readonly ConcurrentDictionary<string, (string Password, string Role)> _users = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _disabled = new(StringComparer.Ordinal);

    public TestAuthenticator Add(string name, string password, string role)
    {
        _users[name] = (password, role);
        return this;
    }

    public void Disable(string name) => _disabled[name] = true;

    public int OpenSessions => _sessions.Count;

    public Task<SignedIn> AuthenticateAsync(string userName, string password, CancellationToken cancellationToken)
    {
        if (!_users.TryGetValue(userName, out var user) || user.Password != password || _disabled.ContainsKey(userName))
        {
            throw new LoginRefusedException(Refusal);
        }

        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _sessions[token] = userName;
        return Task.FromResult(new SignedIn(new PortalUser(userName, user.Role), token));
    }

    public Task<PortalUser?> ResumeAsync(string sessionToken, CancellationToken cancellationToken)
    {
        PortalUser? user = _sessions.TryGetValue(sessionToken, out var name) && !_disabled.ContainsKey(name)
            ? new PortalUser(name, _users[name].Role)
            : null;
        return Task.FromResult(user);
    }

    public Task EndAsync(string sessionToken, CancellationToken cancellationToken)
    {
        _sessions.TryRemove(sessionToken, out _);
        return Task.CompletedTask;
    }
}
