using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Hosting;

namespace RiskReporting.Portal.Sessions;

/// <summary>
/// Loads (or, on an empty store, creates) the shared key ring before the first request, so that an
/// instance started after another one uses that one's key from the start instead of making its own
/// (ADR 0013 on two nodes started at the same instant on an empty store).
/// </summary>
internal sealed class KeyRingWarmUp(IDataProtectionProvider protection) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        protection.CreateProtector("RiskReporting.Portal.WarmUp").Protect([1]);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
