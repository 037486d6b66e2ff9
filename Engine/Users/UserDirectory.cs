using RiskReporting.Core.State;
using RiskReporting.Engine.Identity;

namespace RiskReporting.Engine.Users;

/// <summary>The users with their standing, for the administrators' page (issue #15): who is disabled or locked out. Read only; changes are <see cref="UserService"/>'s.</summary>
public sealed class UserDirectory(IStateStore store)
{
    public async Task<IReadOnlyList<UserStatus>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        Roles.RequireAuditReader(actor);
        var users = new List<UserStatus>();
        foreach (var account in await store.ListUsersAsync(cancellationToken))
        {
            var credentials = await store.FindCredentialsAsync(account.Name, cancellationToken);
            users.Add(new UserStatus(account, credentials?.Disabled ?? false, credentials?.LockedUntil, credentials?.PasswordHash is null));
        }

        return users;
    }
}
