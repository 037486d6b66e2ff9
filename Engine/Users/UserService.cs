using Microsoft.Extensions.Logging;
using RiskReporting.Core.State;
using RiskReporting.Engine.Identity;
using RiskReporting.Identity;

namespace RiskReporting.Engine.Users;

/// <summary>
/// The user registry, managed by admins (issue #14): add, list, change a role, disable, set a password. An admin
/// cannot change its own role or disable itself (someone else must); every change is audited by the store.
/// </summary>
public sealed class UserService(IStateStore store, IRecordsStore records, UserRegistry registry, ILogger<UserService> logger)
{
    /// <summary>Adds a user with a password, or without one (null) to log in through the bank's directory.</summary>
    public async Task<UserChange> AddAsync(string name, string role, string? password, Actor actor, CancellationToken cancellationToken = default)
    {
        Roles.RequireAdmin(actor);
        CheckName(name);
        var parsed = ParseRole(role);
        if (await registry.AddAsync(actor.Name, name, parsed, password, cancellationToken) is { } refusal)
        {
            throw new RefusalException(RefusalCode.InvalidInput, refusal);
        }

        logger.UserSaved(parsed.ToString());
        return new UserChange((await store.FindUserAsync(name, cancellationToken))!, true);
    }

    /// <summary>Every user and role: for admins and auditors.</summary>
    public async Task<IReadOnlyList<UserAccount>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        Roles.RequireAuditReader(actor);
        return await store.ListUsersAsync(cancellationToken);
    }

    /// <summary>Changes a user's role; an admin cannot change its own.</summary>
    public async Task<UserChange> SetRoleAsync(string name, string role, Actor actor, CancellationToken cancellationToken = default)
    {
        Roles.RequireAdmin(actor);
        var parsed = ParseRole(role);
        var user = await ExistingAsync(name, cancellationToken);
        if (user.Name == actor.Name)
        {
            throw new RefusalException(RefusalCode.NotAllowed, $"'{actor.Name}' 不能更改自己的角色：须由另一位管理员 (another admin) 操作。");
        }

        await store.SetRoleAsync(name, parsed, actor.Name, cancellationToken);
        logger.UserSaved(parsed.ToString());
        return new UserChange(user with { Role = parsed }, false);
    }

    /// <summary>Disables a user and ends its sessions; an admin cannot disable itself.</summary>
    public async Task DisableAsync(string name, Actor actor, CancellationToken cancellationToken = default)
    {
        Roles.RequireAdmin(actor);
        var user = await ExistingAsync(name, cancellationToken);
        if (user.Name == actor.Name)
        {
            throw new RefusalException(RefusalCode.NotAllowed, $"'{actor.Name}' 不能停用自己：须由另一位管理员 (another admin) 操作。");
        }

        await store.SetDisabledAsync(name, true, actor.Name, cancellationToken);
    }

    /// <summary>
    /// Sets a user's position (客户信息主管, 部门经理 or 总经理; 无 or none clears it), which the approval chain of a purge asks
    /// for (issue #18). Audited as user.position.
    /// </summary>
    public async Task<string?> SetPositionAsync(string name, string position, Actor actor, CancellationToken cancellationToken = default)
    {
        Roles.RequireAdmin(actor);
        ArgumentNullException.ThrowIfNull(position);
        await ExistingAsync(name, cancellationToken);
        string? value = Positions.None.Contains(position, StringComparer.OrdinalIgnoreCase) ? null : position;
        if (value is not null && !Positions.IsKnown(value))
        {
            throw new RefusalException(RefusalCode.InvalidInput, $"职务未设置：'{position}' 不是职务，可用 {string.Join("、", Positions.All)}，或用 无 清除。");
        }

        await records.SetPositionAsync(name, value, actor.Name, cancellationToken);
        return value;
    }

    /// <summary>Every user's position (users without one are absent): for admins and auditors, beside the list.</summary>
    public async Task<IReadOnlyDictionary<string, string>> PositionsAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        Roles.RequireAuditReader(actor);
        return await records.PositionsAsync(cancellationToken);
    }

    /// <summary>Sets a user's password (and clears its lockout): an admin for anyone, every user for itself.</summary>
    public async Task SetPasswordAsync(string name, string password, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (name != actor.Name)
        {
            Roles.RequireAdmin(actor);
        }

        await ExistingAsync(name, cancellationToken);
        if (await registry.SetPasswordAsync(actor.Name, name, password, cancellationToken) is { } refusal)
        {
            throw new RefusalException(RefusalCode.InvalidInput, refusal);
        }
    }

    private async Task<UserAccount> ExistingAsync(string name, CancellationToken cancellationToken) =>
        await store.FindUserAsync(name, cancellationToken) ?? throw new RefusalException(RefusalCode.NotFound, $"'{name}' 不是用户 (not a user)，见 `riskreport users list`。");

    private static void CheckName(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 64 || name.Any(char.IsControl))
        {
            throw new RefusalException(RefusalCode.InvalidInput, "用户名 NAME 须为 1–64 个可打印字符。");
        }
    }

    private static UserRole ParseRole(string role)
    {
        try
        {
            return UserRole.Parse(role);
        }
        catch (FormatException e)
        {
            throw new RefusalException(RefusalCode.InvalidInput, "--role: " + e.Message, e);
        }
    }
}
