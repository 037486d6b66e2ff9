using System.Collections.Concurrent;
using RiskReporting.Core.State;
using RiskReporting.Identity;
using RiskReporting.Identity.Sessions;
using RiskReporting.Portal.Identity;
using RiskReporting.Store;

namespace RiskReporting.Portal.Tests.Support;

/// <summary>
/// The engine's own identity behind the portal's seam, with the users a test names: <see cref="Add"/> registers
/// them (with a password) in the real state store when the portal starts, logins are the engine's
/// Authenticator, sessions its SessionResolver, and <see cref="Disable"/> disables the user in the store. Two
/// portal instances in one test share one of these, and the users and sessions they share live in the store.
/// </summary>
public sealed class TestAuthenticator : IAuthenticator
{
    public const string Refusal = Authenticator.WrongNameOrPassword;

    private readonly List<(string Name, string Password, UserRole Role)> _users = [];
    private readonly ConcurrentDictionary<string, byte> _tokens = new(StringComparer.Ordinal);
    private StateStore? _store;
    private EngineAuthenticator? _engine;
    private SessionResolver? _sessions;

    public TestAuthenticator Add(string name, string password, string role)
    {
        _users.Add((name, password, UserRole.Parse(role)));
        return this;
    }

    /// <summary>Registers the users in the store (once; a second instance on the same store finds them there) and logs in through the engine.</summary>
    public async Task AttachAsync(StateStore store, TimeProvider clock)
    {
        var registry = new UserRegistry(store, clock);
        foreach (var (name, password, role) in _users)
        {
            if (await store.FindCredentialsAsync(name) is not null)
            {
                continue;
            }

            var refused = await registry.AddAsync("test-setup", name, role, password);
            Assert.That(refused, Is.Null, $"test user {name}");
        }

        _store ??= store;
        _sessions ??= new SessionResolver(store, clock);
        _engine ??= new EngineAuthenticator(new Authenticator(store, new AuthOptions(), clock), _sessions);
    }

    public void Disable(string name) => Store.SetDisabledAsync(name, disabled: true, "test-admin").GetAwaiter().GetResult();

    /// <summary>Sessions this authenticator opened that the engine still honours.</summary>
    public int OpenSessions => _tokens.Keys.Count(t => _sessions!.ResolveAsync(t).GetAwaiter().GetResult() is not null);

    public async Task<SignedIn> AuthenticateAsync(string userName, string password, CancellationToken cancellationToken)
    {
        var signedIn = await Engine.AuthenticateAsync(userName, password, cancellationToken);
        _tokens[signedIn.SessionToken] = 0;
        return signedIn;
    }

    public Task<PortalUser?> ResumeAsync(string sessionToken, CancellationToken cancellationToken) => Engine.ResumeAsync(sessionToken, cancellationToken);

    public Task EndAsync(string sessionToken, CancellationToken cancellationToken) => Engine.EndAsync(sessionToken, cancellationToken);

    private EngineAuthenticator Engine => _engine ?? throw new InvalidOperationException("The portal has not started: TestAuthenticator.AttachAsync registers the users.");

    private StateStore Store => _store ?? throw new InvalidOperationException("The portal has not started.");
}
