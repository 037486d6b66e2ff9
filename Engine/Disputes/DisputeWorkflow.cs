using System.IO.Abstractions;
using Microsoft.Extensions.Options;
using RiskReporting.Core.Calendar;
using RiskReporting.Core.Configuration;
using RiskReporting.Evidence.Disputes;
using RiskReporting.Core.State;
using RiskReporting.Engine.Composition;
using RiskReporting.Engine.Identity;
using RiskReporting.Evidence;
using RiskReporting.Evidence.Handling;
using RiskReporting.Evidence.Notices;
using RiskReporting.Evidence.Store;

namespace RiskReporting.Engine.Disputes;

/// <summary>
/// The consistency-dispute workflow (disputes.md) for every host: Evidence's <see cref="DisputeService"/>
/// holds its rules and access checks; this composes it for the bank's folder and turns its refusals into
/// <see cref="RefusalException"/>s (a refused action: state conflict; a refused notice or evidence file: rejected file).
/// </summary>
public sealed class DisputeWorkflow(IStateStore state, IDisputeStore disputes, EnginePaths paths, IOptions<EngineOptions> engine, IOptions<DisputeOptions> options, IFileSystem fileSystem, TimeProvider clock)
{
    /// <summary>Today in Shanghai, the day overdue is judged by.</summary>
    public DateOnly Today => ReportingDeadline.ShanghaiDay(clock.GetUtcNow());

    public Task<ImportResult> ImportAsync(string path, Actor actor, CancellationToken cancellationToken = default) =>
        GuardAsync(actor, s => s.ImportAsync(path, actor.Name, cancellationToken));

    public Task<IReadOnlyList<DisputeItem>> ListAsync(string? notice, string? branch, DisputeState? inState, bool overdueOnly, Actor actor, CancellationToken cancellationToken = default) =>
        GuardAsync(actor, s => s.ListAsync(actor.Name, notice, branch, inState, overdueOnly, cancellationToken));

    public Task<ItemDetails> ShowAsync(ItemReference reference, Actor actor, CancellationToken cancellationToken = default) =>
        GuardAsync(actor, s => s.ShowAsync(reference, actor.Name, cancellationToken));

    public Task<IReadOnlyList<EvidenceFile>> UploadAsync(ItemReference reference, IReadOnlyList<EvidenceUpload> files, Actor actor, CancellationToken cancellationToken = default) =>
        GuardAsync(actor, s => s.UploadAsync(reference, files, actor.Name, cancellationToken));

    public Task<DisputeItem> AnswerAsync(ItemReference reference, DisputeAnswer answer, IReadOnlyList<EvidenceUpload> files, Actor actor, CancellationToken cancellationToken = default) =>
        GuardAsync(actor, s => s.AnswerAsync(reference, answer, files, actor.Name, cancellationToken));

    public Task<(DisputeItem Item, IReadOnlyList<Override> Overrides, string? Note)> ReviewAsync(ItemReference reference, bool approve, string? text, Actor actor, CancellationToken cancellationToken = default) =>
        GuardAsync(actor, s => s.ReviewAsync(reference, approve, text, actor.Name, cancellationToken));

    /// <param name="directory">Where the response package goes; null for the outbox.</param>
    public Task<ExportResult> ExportAsync(string notice, bool partial, string? directory, Actor actor, CancellationToken cancellationToken = default) =>
        GuardAsync(actor, s => s.ExportAsync(notice, partial, directory ?? paths.OutboxDirectory, actor.Name, cancellationToken));

    private async Task<T> GuardAsync<T>(Actor actor, Func<DisputeService, Task<T>> action)
    {
        // Who may take which action on which item is the dispute service's; who may open the desk at all is the engine's.
        Roles.RequireRecordReader(actor);
        var service = new DisputeService(state, disputes, new EvidenceStore(fileSystem, paths.EvidenceDirectory), fileSystem,
            WorkingDayCalendar.Load(fileSystem, paths.CalendarDirectory), clock, engine.Value.Org, options.Value);
        try
        {
            return await action(service);
        }
        catch (DisputeRefusedException e)
        {
            throw new RefusalException(e.RoleRefusal ? RefusalCode.NotAllowed : RefusalCode.StateConflict, e.Message, e);
        }
        catch (NoticeRejectedException e)
        {
            throw new RefusalException(RefusalCode.RejectedFile, e.Message, e);
        }
        catch (EvidenceRejectedException e)
        {
            throw new RefusalException(RefusalCode.RejectedFile, "举证材料被拒收，未作任何记录 (evidence refused)：" + e.Message, e);
        }
    }
}
