using Microsoft.Extensions.Logging;
using RiskReporting.Core.Calendar;
using RiskReporting.Core.State;

namespace RiskReporting.Engine.Audit;

/// <summary>
/// Every audit event is also a log line (issue #17), so IT operations see blocked runs, approvals, explanations
/// and overrides where they watch, without reading the state store. The chain stays the record: the line is
/// written only once its entry is committed, from the chain itself (so a change rolled back never reaches the
/// log), and carries what identifies the entry (seq, action, subject, time in Asia/Shanghai and its hash) but no
/// person: not the detail, which may quote a customer's value, nor the actor or a user subject, which are staff
/// names and, for a failed login, whatever was typed as the name (a password, by mistake). `audit list` shows
/// them to those who may see them. Each host mirrors after its work: a CLI verb before it exits, the scheduler and the portal each round.
/// </summary>
public sealed class AuditLogMirror(IStateStore chain, ILogger<AuditLogMirror> logger)
{
    private const int Batch = 1000;

    /// <summary>Writes the committed entries not yet logged. Never throws: a store that cannot be read now is tried at the next call.</summary>
    public async Task<int> MirrorAsync(CancellationToken cancellationToken = default)
    {
        var total = 0;
        try
        {
            int logged;
            do
            {
                logged = await chain.MirrorAuditAsync(Write, Batch, cancellationToken);
                total += logged;
            }
            while (logged == Batch);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.AuditMirrorFailed(e.GetType().Name + ": " + e.Message);
        }

        return total;
    }

    private void Write(ChainedAuditEntry link) =>
        logger.AuditEvent(link.Seq, link.Entry.Action, Subject(link.Entry.Subject),
            link.Entry.At.ToOffset(ReportingDeadline.ShanghaiOffset).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", System.Globalization.CultureInfo.InvariantCulture), link.EntryHash);

    /// <summary>A period, run, override, notice or report as it is; a user only as the kind of subject.</summary>
    private static string Subject(string subject) => subject.StartsWith("user:", StringComparison.Ordinal) ? "user:*" : subject;
}
