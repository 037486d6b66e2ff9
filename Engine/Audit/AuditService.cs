using System.Globalization;
using System.IO.Abstractions;
using RiskReporting.Core.Periods;
using RiskReporting.Core.State;
using RiskReporting.Engine.Composition;
using RiskReporting.Engine.Identity;

namespace RiskReporting.Engine.Audit;

/// <summary>
/// The audit trail for auditors and admins (issue #14): the entries, filtered by period or actor, and the SM3
/// chain's verification, against the store's own head and every head a published batch wrote beside its package.
/// </summary>
public sealed class AuditService(IStateStore store, INotificationOutbox outbox, EnginePaths paths, IFileSystem fileSystem, TimeProvider clock)
{
    /// <summary>The suffix of the chain head written beside a published package.</summary>
    public const string HeadSuffix = ".audit-head";

    /// <summary>The entries in chain order: of the period (its subjects and its runs'), of the actor, or all.</summary>
    public async Task<IReadOnlyList<ChainedAuditEntry>> ListAsync(ReportingPeriod? period, string? actorName, Actor actor, CancellationToken cancellationToken = default)
    {
        Roles.RequireAuditReader(actor);
        var chain = await store.ListChainAsync(cancellationToken);
        var subjects = period is { } p
            ? (await store.ListRunsAsync(p, cancellationToken)).Select(r => "run:" + r.RunId).Append("period:" + p).ToHashSet(StringComparer.Ordinal)
            : null;
        return [.. chain.Where(e => (subjects is null || subjects.Contains(e.Entry.Subject)) && (actorName is null || e.Entry.Actor == actorName))];
    }

    /// <summary>Checks the chain; the first published head it does not contain makes it fail too. A failure is put in the outbox for auditors and IT operations.</summary>
    public async Task<AuditVerification> VerifyAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        Roles.RequireAuditReader(actor);
        return await CheckAsync(cancellationToken);
    }

    /// <summary>The check itself, for a service that has made its own role check (restore runs it on the store it restored).</summary>
    internal async Task<AuditVerification> CheckAsync(CancellationToken cancellationToken)
    {
        var chain = await store.ListChainAsync(cancellationToken);
        var head = await store.ChainHeadAsync(cancellationToken);
        var result = AuditChainVerifier.Verify(chain, head);
        foreach (var published in PublishedHeads())
        {
            if (!result.Intact)
            {
                break;
            }

            result = AuditChainVerifier.Verify(chain, head, published);
        }

        if (!result.Intact)
        {
            var now = clock.GetUtcNow();
            await outbox.EnqueueAsync(Notifications.PeriodNotifications.AuditChainBroken(ReportingPeriod.ReportedOn(Core.Calendar.ReportingDeadline.ShanghaiDay(now)), result.Problem ?? "broken", now), cancellationToken);
        }

        return result;
    }

    /// <summary>Writes the chain's head beside a published package (temporary name, then rename).</summary>
    public static async Task WriteHeadAsync(IStateStore store, IFileSystem fileSystem, string packagePath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(fileSystem);
        var head = await store.ChainHeadAsync(cancellationToken);
        var target = packagePath + HeadSuffix;
        await fileSystem.File.WriteAllTextAsync(target + ".tmp", head + "\n", cancellationToken);
        fileSystem.File.Move(target + ".tmp", target, overwrite: true);
    }

    private IEnumerable<AuditChainHead> PublishedHeads()
    {
        if (!fileSystem.Directory.Exists(paths.OutboxDirectory))
        {
            yield break;
        }

        foreach (var file in fileSystem.Directory.GetFiles(paths.OutboxDirectory, "*" + HeadSuffix).Order(StringComparer.Ordinal))
        {
            var parts = fileSystem.File.ReadAllText(file).Trim().Split(' ');
            if (parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var seq))
            {
                yield return new AuditChainHead(seq, parts[1]);
            }
        }
    }
}
