using System.ComponentModel;
using System.Globalization;
using RiskReporting.Engine.Users;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Users;

[Description("List the users and their roles (admin or auditor).")]
public sealed class UsersListCommand(EngineComposer composer, IAnsiConsole console) : AsyncCommand<CommonSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, CommonSettings settings, CancellationToken cancellationToken)
    {
        await using var engine = await composer.StartReadingAsync(settings, cancellationToken);
        var actor = await engine.ActorAsync();
        var table = new Table().AddColumn("user").AddColumn("role").AddColumn("since (UTC)");
        foreach (var user in await engine.Get<UserService>().ListAsync(actor, engine.Stopping))
        {
            table.AddRow(Markup.Escape(user.Name), user.Role.ToString(), user.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        }

        console.Write(table);
        return (int)ExitCode.Ok;
    }
}
