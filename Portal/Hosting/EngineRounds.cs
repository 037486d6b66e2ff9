using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RiskReporting.Engine.Audit;
using RiskReporting.Engine.Notifications;

namespace RiskReporting.Portal.Hosting;

/// <summary>
/// What a running portal does for the engine between requests, once a minute: it sends the notifications the
/// outbox holds (those a verb could not send before it exited, issue #17) and writes the new audit events to the
/// log. Both are the engine's; each is safe with several instances on one store (the outbox marks what was sent,
/// the audit mirror holds its cursor's lock), and neither throws.
/// </summary>
internal sealed class EngineRounds(IServiceProvider services, TimeProvider clock) : BackgroundService
{
    public static readonly TimeSpan Round = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var sender = services.GetService<NotificationSender>();
        var audit = services.GetService<AuditLogMirror>();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (sender is not null)
                {
                    await sender.SendBeforeExitAsync(stoppingToken);
                }

                if (audit is not null)
                {
                    await audit.MirrorAsync(stoppingToken);
                }

                await Task.Delay(Round, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The portal is stopping.
        }
    }
}
