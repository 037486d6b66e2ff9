using System.ComponentModel;
using System.IO.Abstractions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NLog.Extensions.Logging;
using RiskReporting.Engine;
using RiskReporting.Portal;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Portal;

[Description("在本引擎上启动网页门户 (web portal)，供操作员、机构、IT 运维和管理员使用；每个用户在其 /login 页面登录。Ctrl+C 或 SIGTERM 时停止。")]
public sealed class ServeCommand(EngineComposer composer, IFileSystem fileSystem, IAnsiConsole console) : AsyncCommand<ServeSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ServeSettings settings, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationManager();
        var baseDirectory = composer.Configure(configuration, settings, new Dictionary<string, string?> { ["Portal:Urls"] = settings.Urls });
        composer.PrepareLogs(configuration, baseDirectory);
        WebApplication app;
        try
        {
            app = PortalHost.Build(configuration, services =>
            {
                services.AddSingleton(fileSystem);

                // deploy/riskreport-portal.service is Type=notify: tells systemd when the portal is ready; a no-op otherwise.
                services.AddSystemd();
                services.AddRiskReportingEngine(configuration);
                services.AddLogging(logging => logging.ClearProviders().SetMinimumLevel(LogLevel.Information).AddNLog());
            });
        }
        catch (InvalidOperationException e)
        {
            throw new UsageException(e.Message);
        }

        await using (app)
        {
            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch (OptionsValidationException e)
            {
                throw new UsageException(string.Join(" ", e.Failures));
            }

            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            console.WriteLine($"门户已启动 (portal started)：{string.Join(" ", addresses)}  按 Ctrl+C 停止。");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
            }

            await app.StopAsync(CancellationToken.None);
            console.WriteLine("门户已停止 (portal stopped)");
        }

        return (int)ExitCode.Ok;
    }
}
