using RiskReporting.Core.State;
using RiskReporting.Identity.Passwords;

namespace RiskReporting.Identity;

/// <summary>
/// Users and their credentials: the first admin (only while nobody is registered), users with a password
/// (checked against <see cref="PasswordPolicy"/>, hashed by <see cref="Passwords.Passwords"/>) or without
/// one for the bank's directory. Who may call what is the engine's user service's to decide; every change
/// is audited by the store.
/// </summary>
public sealed class UserRegistry(IStateStore store, TimeProvider clock)
{
    /// <summary>Creates the first user, an admin; a refusal when a user exists or the password is refused.</summary>
    public async Task<string?> InitAsync(string name, string password, CancellationToken cancellationToken = default)
    {
        if (PasswordPolicy.Refusal(name, password) is { } refusal)
        {
            return refusal;
        }

        var admin = new UserAccount(name, UserRole.Admin, clock.GetUtcNow());
        return await store.AddFirstUserAsync(admin, Passwords.Passwords.Hash(admin, password), cancellationToken)
            ? null
            : "users init 仅在尚无任何用户时可用；请以管理员 (admin) 登录后使用 `riskreport users add`。";
    }

    /// <summary>Adds a user with a password, or without one (null) to log in through the directory; a refusal or null.</summary>
    public async Task<string?> AddAsync(string actor, string name, UserRole role, string? password, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Any(char.IsControl) || name == "scheduler")
        {
            return $"'{name}' 不能作为用户名 (not a valid user name)";
        }

        if (password is not null && PasswordPolicy.Refusal(name, password) is { } refusal)
        {
            return refusal;
        }

        var user = new UserAccount(name, role, clock.GetUtcNow());
        return await store.AddUserAsync(user, password is null ? null : Passwords.Passwords.Hash(user, password), actor, cancellationToken)
            ? null
            : $"'{name}' 已是用户 (already a user)；更改角色请用 `riskreport users role {name} ROLE`";
    }

    /// <summary>Sets a new password (and clears the lockout); a refusal or null.</summary>
    public async Task<string?> SetPasswordAsync(string actor, string name, string password, CancellationToken cancellationToken = default)
    {
        var user = await store.FindCredentialsAsync(name, cancellationToken);
        if (user is null)
        {
            return $"'{name}' 不是用户 (not a user)";
        }

        if (PasswordPolicy.Refusal(name, password) is { } refusal)
        {
            return refusal;
        }

        await store.SetPasswordAsync(name, Passwords.Passwords.Hash(user.Account, password), actor, cancellationToken);
        return null;
    }
}
