using Microsoft.Extensions.Diagnostics.HealthChecks;
using RiskReporting.Store;

namespace RiskReporting.Portal.Hosting;

/// <summary>/health for the bank's monitoring: healthy when the state store answers (the portal serves nobody without it).</summary>
internal sealed class StoreHealthCheck(IPortalStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.PurgeExpiredPortalSessionsAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (System.Data.Common.DbException e)
        {
            return HealthCheckResult.Unhealthy("状态库 (state store) 无响应 (does not answer)。", e);
        }
    }
}
