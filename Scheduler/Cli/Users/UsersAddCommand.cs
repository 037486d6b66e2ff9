using System.ComponentModel;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Users;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Users;

[Description("Add a user, or change a user's role. The change is audited.")]
public sealed class UsersAddCommand(EngineComposer composer, IAnsiConsole console) : AsyncCommand<UsersAddSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, UsersAddSettings settings, CancellationToken cancellationToken)
    {
        await using var engine = await composer.StartAsync(settings, null, cancellationToken);
        var actor = await engine.Get<IdentityService>().ResolveStarterAsync(settings.User ?? Environment.UserName, cancellationToken);
        var change = await engine.Get<UserService>().SaveAsync(settings.Name, settings.Role!, actor, engine.Stopping);
        console.MarkupLineInterpolated($"{(change.Added ? "Added" : "Updated")} user [bold]{change.Account.Name}[/] with role {change.Account.Role}.");
        return (int)ExitCode.Ok;
    }
}
