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
        var table = new Table().AddColumn("用户 (user)").AddColumn("角色 (role)").AddColumn("职务 (position)").AddColumn("创建时间 (北京时间)");
        foreach (var user in await users.ListAsync(actor, engine.Stopping))
        {
            table.AddRow(Markup.Escape(user.Name), user.Role.ToString(), Markup.Escape(positions.GetValueOrDefault(user.Name, "-")),
                user.CreatedAt.ToOffset(Core.Calendar.ReportingDeadline.ShanghaiOffset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        }

        console.Write(table);
        return (int)ExitCode.Ok;
    }
}
