using System.ComponentModel;
using System.Globalization;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Users;

[Description("List the users and their roles.")]
public sealed class UsersListCommand(EngineSettingsLoader loader, StateStoreOpener opener, IAnsiConsole console) : AsyncCommand<CommonSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, CommonSettings settings, CancellationToken cancellationToken)
    {
        var store = await opener.OpenAsync(loader.Load(settings), cancellationToken);
        var table = new Table().AddColumn("user").AddColumn("role").AddColumn("since (UTC)");
        foreach (var user in await store.ListUsersAsync(cancellationToken))
        {
            table.AddRow(Markup.Escape(user.Name), user.Role.ToString(), user.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        }

        console.Write(table);
        return (int)ExitCode.Ok;
    }
}
