using System.IO.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Notifications;

namespace RiskReporting.Scheduler.Cli.Hosting;

/// <summary>
/// The started engine of one verb. <see cref="Stopping"/> ends on Ctrl+C or SIGTERM (the host's console
/// lifetime) as well as on the command line's own cancellation, so a run that is stopped ends FAILED
/// ("cancelled") rather than being killed midway.
/// </summary>
public sealed class EngineScope : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly CancellationTokenSource _stopping;

    public EngineScope(IHost host, CancellationToken cancellationToken)
    {
        _host = host;
        _stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
    }

    public CancellationToken Stopping => _stopping.Token;

    public T Get<T>()
        where T : notnull => _host.Services.GetRequiredService<T>();

    /// <summary>Who acts: the user whose session the session file holds (`riskreport login`); refused (exit 6) without one.</summary>
    public Task<Actor> ActorAsync() => Get<IdentityService>().ResumeAsync(CliSession.File(Get<IFileSystem>()).Read(), Stopping);

    public async ValueTask DisposeAsync()
    {
        // The notifications this verb raised (a run FAILED or BLOCKED) go out before it exits, waiting at most
        // Notifications:SendSeconds; a failure is logged and what is left waits for the scheduler or portal.
        await Get<NotificationSender>().SendBeforeExitAsync(CancellationToken.None);
        // Every audit event this verb committed is a log line too (issue #17), written from the chain.
        await Get<RiskReporting.Engine.Audit.AuditLogMirror>().MirrorAsync(CancellationToken.None);
        await _host.StopAsync(CancellationToken.None);
        if (_host is IAsyncDisposable asyncDisposable)
        {
            await asyncDisposable.DisposeAsync();
        }
        else
        {
            _host.Dispose();
        }

        _stopping.Dispose();
    }
}
