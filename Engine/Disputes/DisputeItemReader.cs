using System.IO.Abstractions;
using RiskReporting.Engine.Composition;
using RiskReporting.Engine.Identity;
using RiskReporting.Evidence.Handling;
using RiskReporting.Evidence.Store;

namespace RiskReporting.Engine.Disputes;

/// <summary>
/// Reading one dispute item for a web page (issue #15): an item the user may not see is <see cref="RefusalCode.NotFound"/>, in the dispute
/// service's own words, whether it belongs to another branch or does not exist; and an item's evidence file from the evidence store,
/// with the media type its checked content has. Every access check is the dispute service's (through <see cref="DisputeWorkflow"/>).
/// </summary>
public sealed class DisputeItemReader(DisputeWorkflow workflow, EnginePaths paths, IFileSystem fileSystem)
{
    public async Task<ItemDetails> ItemAsync(ItemReference reference, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        try
        {
            return await workflow.ShowAsync(reference, actor, cancellationToken);
        }
        catch (RefusalException refusal) when (refusal.Code == RefusalCode.StateConflict)
        {
            var visible = await workflow.ListAsync(reference.Notice, null, null, false, actor, cancellationToken);
            if (visible.Any(i => i.DisputeId == reference.DisputeId))
            {
                throw;
            }

            throw new RefusalException(RefusalCode.NotFound, refusal.Message, refusal);
        }
    }

    /// <summary>The item's evidence file number <paramref name="seq"/>, open for reading; the caller disposes the stream.</summary>
    public async Task<EvidenceContent> EvidenceAsync(ItemReference reference, int seq, Actor actor, CancellationToken cancellationToken = default)
    {
        var details = await ItemAsync(reference, actor, cancellationToken);
        var file = details.Files.FirstOrDefault(f => f.Seq == seq)
            ?? throw new RefusalException(RefusalCode.NotFound, $"争议 {details.Item.DisputeId} 没有第 {seq} 个证明材料 (no evidence file {seq})。");
        var stream = new EvidenceStore(fileSystem, paths.EvidenceDirectory).Open(file.Sm3);
        return new EvidenceContent(stream, EvidenceContent.ContentTypeOf(file.Kind), file.OriginalName, file.Kind);
    }
}
