using RiskReporting.Core.Reports;
using RiskReporting.MessageBuilder.Xml;

namespace RiskReporting.MessageBuilder.Packaging;

/// <summary>Counts the records a package writer takes from its parts, reports the count now and then, and stops the writing when cancelled.</summary>
internal sealed class RecordCounter(IProgress<long>? progress, CancellationToken cancellationToken)
{
    private long _records;

    public Func<PartDefinition, PartContent> Watch(Func<PartDefinition, PartContent> parts) => part =>
    {
        var content = parts(part);
        return content with { Records = Counted(content.Records) };
    };

    private IEnumerable<ReportRecord> Counted(IEnumerable<ReportRecord> records)
    {
        foreach (var record in records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return record;
            if (++_records % PackageWriter.ProgressEvery == 0)
            {
                progress?.Report(_records);
            }
        }
    }
}
