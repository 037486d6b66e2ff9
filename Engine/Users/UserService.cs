using Microsoft.Extensions.Logging;
using RiskReporting.Core.State;
using RiskReporting.Engine.Identity;

namespace RiskReporting.Engine.Users;

/// <summary>The user registry: who acts in the engine and with which role; every change is audited.</summary>
public sealed class UserService(IStateStore store, TimeProvider clock, ILogger<UserService> logger)
{
    /// <summary>Adds a user, or changes an existing user's role.</summary>
    public async Task<UserChange> SaveAsync(string name, string role, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (string.IsNullOrWhiteSpace(name) || name.Length > 64 || name.Any(char.IsControl))
        {
            throw new RefusalException(RefusalCode.InvalidInput, "NAME must be 1–64 printable characters.");
        }

        UserRole parsed;
        try
        {
            parsed = UserRole.Parse(role);
        }
        catch (FormatException e)
        {
            throw new RefusalException(RefusalCode.InvalidInput, "--role: " + e.Message, e);
        }

        var existing = await store.FindUserAsync(name, cancellationToken);
        var account = new UserAccount(name, parsed, existing?.CreatedAt ?? clock.GetUtcNow());
        await store.SaveUserAsync(account, actor.Name, cancellationToken);
        logger.UserSaved(name, parsed.ToString(), actor.Name);
        return new UserChange(account, existing is null);
    }

    public async Task<IReadOnlyList<UserAccount>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return await store.ListUsersAsync(cancellationToken);
    }
}
