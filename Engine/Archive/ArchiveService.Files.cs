using RiskReporting.Core.Periods;
using RiskReporting.Engine.Identity;

namespace RiskReporting.Engine.Archive;

/// <summary>Reading one filed file back: only a name the batch's manifest lists (or a 订正单 attached later) is served, so no path is taken from the caller.</summary>
public sealed partial class ArchiveService
{
    /// <summary>The path of one file of a filed batch; refused (NotFound) for a batch not filed or a name it does not hold.</summary>
    public string BatchFile(ReportingPeriod period, int batch, string name, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(name);
        var filed = Show(period, actor).SingleOrDefault(b => b.Batch == batch)
            ?? throw new RefusalException(RefusalCode.NotFound, $"归档中没有 {period} 第 {batch:D2} 批。");
        var listed = filed.Files.Any(f => f.Name == name) || AttachedSheets(filed).Contains(name, StringComparer.Ordinal);
        return listed
            ? fileSystem.Path.Combine(filed.Folder, name)
            : throw new RefusalException(RefusalCode.NotFound, $"归档的 {period} 第 {batch:D2} 批中没有文件 {name}。");
    }

    /// <summary>The 统计数字订正单 attached to a batch after it was filed (订正单-{NN}.pdf of the corrections that followed it).</summary>
    public IReadOnlyList<string> AttachedSheets(ArchivedBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return fileSystem.Directory.Exists(batch.Folder)
            ? [.. fileSystem.Directory.GetFiles(batch.Folder, "订正单-*.pdf").Select(fileSystem.Path.GetFileName).OfType<string>()
                .Where(n => batch.Files.All(f => f.Name != n)).Order(StringComparer.Ordinal)]
            : [];
    }
}
