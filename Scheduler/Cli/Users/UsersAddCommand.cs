using System.ComponentModel;
using Microsoft.Extensions.Logging;
using RiskReporting.Core.State;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Users;

[Description("Add a user, or change a user's role. The change is audited.")]
public sealed class UsersAddCommand(EngineSettingsLoader loader, StateStoreOpener opener, TimeProvider clock, IAnsiConsole console, ILogger<UsersAddCommand> logger)
    : AsyncCommand<UsersAddSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, UsersAddSettings settings, CancellationToken cancellationToken)
    {
        var store = await opener.OpenAsync(loader.Load(settings), cancellationToken);
        var actor = settings.User ?? Environment.UserName;
        var role = UserRole.Parse(settings.Role!);
        var existing = await store.FindUserAsync(settings.Name, cancellationToken);
        await store.SaveUserAsync(new UserAccount(settings.Name, role, existing?.CreatedAt ?? clock.GetUtcNow()), actor, cancellationToken);
        logger.UserSaved(settings.Name, role.ToString(), actor);
        console.MarkupLineInterpolated($"{(existing is null ? "Added" : "Updated")} user [bold]{settings.Name}[/] with role {role}.");
        return (int)ExitCode.Ok;
    }
}
