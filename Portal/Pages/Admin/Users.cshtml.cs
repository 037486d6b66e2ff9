using Microsoft.AspNetCore.Mvc;
using RiskReporting.Engine;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Users;

namespace RiskReporting.Portal.Pages.Admin;

/// <summary>The administrators' users page: every user with its role and standing; add, change a role, disable, reset a password. Every rule is the user service's.</summary>
public sealed class UsersModel : EnginePageModel
{
    public IReadOnlyList<UserStatus> Users { get; private set; } = [];

    public string? Done { get; private set; }

    public Task<IActionResult> OnGetAsync() => ActAsync(null);

    public Task<IActionResult> OnPostAddAsync(string name, string role, string? branch, string? password) =>
        ActAsync(async (users, actor) =>
        {
            await users.AddAsync(name?.Trim() ?? string.Empty, RoleText(role, branch), string.IsNullOrEmpty(password) ? null : password, actor, HttpContext.RequestAborted);
            return $"已添加用户 {name}。";
        });

    public Task<IActionResult> OnPostRoleAsync(string name, string role, string? branch) =>
        ActAsync(async (users, actor) =>
        {
            var change = await users.SetRoleAsync(name, RoleText(role, branch), actor, HttpContext.RequestAborted);
            return $"{name} 的角色已改为 {RoleNames.Of(change.Account.Role.ToString())}。";
        });

    public Task<IActionResult> OnPostDisableAsync(string name) =>
        ActAsync(async (users, actor) =>
        {
            await users.DisableAsync(name, actor, HttpContext.RequestAborted);
            return $"已停用 {name}，其登录会话已全部失效。";
        });

    public Task<IActionResult> OnPostPasswordAsync(string name, string password) =>
        ActAsync(async (users, actor) =>
        {
            await users.SetPasswordAsync(name, password ?? string.Empty, actor, HttpContext.RequestAborted);
            return $"已重置 {name} 的密码。";
        });

    private async Task<IActionResult> ActAsync(Func<UserService, Actor, Task<string>>? action)
    {
        Actor actor;
        try
        {
            actor = await ActorAsync();
            if (action is not null)
            {
                Done = await action(Service<UserService>(), actor);
            }
        }
        catch (RefusalException refusal)
        {
            await LoadQuietlyAsync();
            return Refused(refusal);
        }

        try
        {
            Users = await Service<UserDirectory>().ListAsync(actor, HttpContext.RequestAborted);
            return Page();
        }
        catch (RefusalException refusal)
        {
            return Refused(refusal);
        }
    }

    /// <summary>The select's value for a role: its kind, "branch" for any branch.</summary>
    public static string KindOf(Core.State.UserRole role)
    {
        ArgumentNullException.ThrowIfNull(role);
        return role.Kind == Core.State.UserRoleKind.Branch ? "branch" : role.ToString();
    }

    /// <summary>The role as the user service reads it: the selected kind, and for a branch its code (branch:CODE); the service judges both.</summary>
    private static string RoleText(string? role, string? branch) =>
        role == "branch" ? "branch:" + (branch?.Trim() ?? string.Empty) : role ?? string.Empty;

    private async Task LoadQuietlyAsync()
    {
        try
        {
            Users = await Service<UserDirectory>().ListAsync(await ActorAsync(), HttpContext.RequestAborted);
        }
        catch (RefusalException)
        {
            Users = [];
        }
    }
}
