using System.ComponentModel;
using RiskReporting.Engine.Users;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Users;

[Description("设置用户的岗位 (position)（仅 admin）：客户信息主管、部门经理或总经理，与角色并存；销毁申请由各岗位依次审批。该变更记入审计 (audited)。")]
public sealed class UsersPositionCommand(EngineComposer composer, IAnsiConsole console) : AsyncCommand<UsersPositionSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, UsersPositionSettings settings, CancellationToken cancellationToken)
    {
        await using var engine = await composer.StartAsync(settings, null, cancellationToken);
        var position = await engine.Get<UserService>().SetPositionAsync(settings.Name, settings.Position, await engine.ActorAsync(), engine.Stopping);
        console.MarkupLineInterpolated($"用户 [bold]{settings.Name}[/] 的职务 (position) 现为 {position ?? "（无）"}。");
        return (int)ExitCode.Ok;
    }
}
