using System.ComponentModel;
using System.Globalization;
using RiskReporting.Engine.Users;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Users;

[Description("列出用户及其角色 (roles) 和岗位 (positions)（admin 或 auditor）。")]
public sealed class UsersListCommand(EngineComposer composer, IAnsiConsole console) : AsyncCommand<CommonSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, CommonSettings settings, CancellationToken cancellationToken)
    {
        await using var engine = await composer.StartReadingAsync(settings, cancellationToken);
        var actor = await engine.ActorAsync();
        var users = engine.Get<UserService>();
        var positions = await users.PositionsAsync(actor, engine.Stopping);
        var table = new Table().AddColumn("user").AddColumn("role").AddColumn("position").AddColumn("since (UTC)");
        foreach (var user in await users.ListAsync(actor, engine.Stopping))
        {
            table.AddRow(Markup.Escape(user.Name), user.Role.ToString(), Markup.Escape(positions.GetValueOrDefault(user.Name, "-")),
                user.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        }

        console.Write(table);
        return (int)ExitCode.Ok;
    }
}
