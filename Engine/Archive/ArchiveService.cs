using System.Globalization;
using System.IO.Abstractions;
using System.Text;
using System.Text.Json;
using RiskReporting.Core.Digests;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Reports;
using RiskReporting.Core.Runs;
using RiskReporting.Core.State;
using RiskReporting.Engine.Composition;
using RiskReporting.Engine.Identity;
using RiskReporting.MessageBuilder.Packaging;

namespace RiskReporting.Engine.Archive;

/// <summary>
/// The statistics archive (客户信息统计制度 第8–9条): each published batch is filed under
/// <c>archive/{YYYY}/Q{n}/{YYYYMM}/{BB}/</c> in the work folder at approval, with its package, findings, explanations,
/// 文字说明, and a manifest holding the snapshot's SM3 and the audit chain head. A batch's folder is written under a
/// temporary name and renamed, so a batch is either filed whole or not at all; a filed batch is never rewritten.
/// </summary>
public sealed partial class ArchiveService(IStateStore store, EnginePaths paths, IFileSystem fileSystem, PackageWriter packages, TimeProvider clock)
{
    public const string ManifestName = "manifest.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Root => fileSystem.Path.Combine(paths.WorkDirectory, "archive");

    /// <summary>The folder of a batch: archive/{YYYY}/Q{n}/{YYYYMM}/{BB}.</summary>
    public string FolderOf(ReportingPeriod period, int batch) =>
        fileSystem.Path.Combine(Root, period.Year.ToString("D4", CultureInfo.InvariantCulture), $"Q{(period.Month + 2) / 3}", period.ToString(), batch.ToString("D2", CultureInfo.InvariantCulture));

    /// <summary>Files a batch just published (approval calls it after the publish commit and the head file); a batch already filed stands.</summary>
    internal async Task<ArchivedBatch> FileAsync(RunRecord run, string outboxPackage, string approver, CancellationToken cancellationToken)
    {
        var folder = FolderOf(run.Period, run.Batch);
        if (fileSystem.File.Exists(fileSystem.Path.Combine(folder, ManifestName)))
        {
            return Read(folder);
        }

        var temporary = folder + ".tmp";
        if (fileSystem.Directory.Exists(temporary))
        {
            fileSystem.Directory.Delete(temporary, recursive: true);
        }

        fileSystem.Directory.CreateDirectory(temporary);
        var files = new List<ArchivedFile> { Copy(outboxPackage, temporary) };
        var runFolder = paths.RunDirectory(run.Period, run.Batch);
        foreach (var name in new[] { "findings.csv", "findings.xlsx" })
        {
            if (fileSystem.File.Exists(fileSystem.Path.Combine(runFolder, name)))
            {
                files.Add(Copy(fileSystem.Path.Combine(runFolder, name), temporary));
            }
        }

        files.Add(await WriteAsync(temporary, "explanations.csv", await ExplanationsCsvAsync(run, cancellationToken), cancellationToken));
        var statement = await store.StatementOfAsync(run.RunId, cancellationToken);
        if (statement is not null)
        {
            files.Add(await WriteAsync(temporary, "statement.txt", statement.Text, cancellationToken));
        }

        if (await CorrectionSheetAsync(run, approver, temporary, cancellationToken) is { } sheet)
        {
            files.Add(sheet);
        }

        var manifest = new ArchivedBatch(run.Period.ToString(), run.Batch, run.RunId, run.PackageName!, run.PackageSha256!, await SnapshotSm3Async(run, cancellationToken),
            (await store.ChainHeadAsync(cancellationToken)).ToString(), approver, clock.GetUtcNow(), statement?.By, files);
        await fileSystem.File.WriteAllTextAsync(fileSystem.Path.Combine(temporary, ManifestName), JsonSerializer.Serialize(manifest, Json) + "\n", cancellationToken);
        fileSystem.Directory.Move(temporary, folder);
        return manifest with { Folder = folder };
    }

    /// <summary>
    /// A correction batch's 统计数字订正单 (PDF) in its own folder, and a copy attached to the batch it corrects
    /// ({BB}/订正单-{NN}.pdf beside the original's files; the original's manifest is not rewritten). Null for a first batch.
    /// </summary>
    private async Task<ArchivedFile?> CorrectionSheetAsync(RunRecord run, string approver, string folder, CancellationToken cancellationToken)
    {
        if (await store.CorrectionOfAsync(run.RunId, cancellationToken) is not { } correction)
        {
            return null;
        }

        var original = (await store.ListRunsAsync(run.Period, cancellationToken)).Single(r => r.Batch == correction.PreviousBatch);
        var at = clock.GetUtcNow().ToOffset(Core.Calendar.ReportingDeadline.ShanghaiOffset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        string[] preface =
        [
            $"报告期：{run.Period}；原报批次：第{original.Batch:D2}批（{original.PackageName}）；订正批次：第{run.Batch:D2}批（{run.PackageName}）",
            $"订正原因：{correction.Reason}",
            $"订正人：{run.StartedBy}；审批人：{approver}；审批时间：{at}（北京时间）",
        ];
        var name = FormattableString.Invariant($"订正单-{run.Batch:D2}.pdf");
        var target = fileSystem.Path.Combine(folder, name);
        Reports.ReportPdf.Write(fileSystem, target, $"统计数字订正单 {run.Period}", preface, [await CorrectionSheet.ChangesAsync(store, original, run, cancellationToken)]);
        var originalFolder = FolderOf(run.Period, original.Batch);
        if (fileSystem.Directory.Exists(originalFolder))
        {
            fileSystem.File.Copy(target, fileSystem.Path.Combine(originalFolder, name + ".tmp"), overwrite: true);
            fileSystem.File.Move(fileSystem.Path.Combine(originalFolder, name + ".tmp"), fileSystem.Path.Combine(originalFolder, name), overwrite: true);
        }

        return new ArchivedFile(name, packages.Sha256Of(target));
    }

    /// <summary>`archive list [--year Y]`: the filed batches, oldest first.</summary>
    public IReadOnlyList<ArchivedBatch> List(int? year, Actor actor)
    {
        Roles.RequireArchiveReader(actor);
        return Filed(year);
    }

    /// <summary>`archive show P`: the period's filed batches, oldest first; refused when none is filed.</summary>
    public IReadOnlyList<ArchivedBatch> Show(ReportingPeriod period, Actor actor)
    {
        Roles.RequireArchiveReader(actor);
        var batches = Filed(period.Year).Where(b => b.Period == period.ToString()).ToList();
        return batches.Count > 0
            ? batches
            : throw new RefusalException(RefusalCode.NotFound, $"归档中没有 {period} 的批次：批次在审批发布时归档。");
    }

    /// <summary>Every filed batch of the year (or of every year), oldest first; the reports read their figures through these.</summary>
    internal IReadOnlyList<ArchivedBatch> Filed(int? year)
    {
        if (!fileSystem.Directory.Exists(Root))
        {
            return [];
        }

        return fileSystem.Directory.GetFiles(Root, ManifestName, SearchOption.AllDirectories)
            .Select(fileSystem.Path.GetDirectoryName)
            .Where(f => !f!.EndsWith(".tmp", StringComparison.Ordinal))
            .Select(f => Read(f!))
            .Where(b => year is null || b.ReportingPeriod.Year == year)
            .OrderBy(b => b.Period, StringComparer.Ordinal).ThenBy(b => b.Batch)
            .ToList();
    }

    private ArchivedBatch Read(string folder) =>
        (JsonSerializer.Deserialize<ArchivedBatch>(fileSystem.File.ReadAllText(fileSystem.Path.Combine(folder, ManifestName)), Json)
            ?? throw new InvalidOperationException($"{folder} 中的归档清单 (archive manifest) 为空。")) with { Folder = folder };

    private ArchivedFile Copy(string source, string folder)
    {
        var target = fileSystem.Path.Combine(folder, fileSystem.Path.GetFileName(source));
        fileSystem.File.Copy(source, target, overwrite: true);
        return new ArchivedFile(fileSystem.Path.GetFileName(source), packages.Sha256Of(target));
    }

    private async Task<ArchivedFile> WriteAsync(string folder, string name, string text, CancellationToken cancellationToken)
    {
        var target = fileSystem.Path.Combine(folder, name);
        await fileSystem.File.WriteAllTextAsync(target, text, new UTF8Encoding(false), cancellationToken);
        return new ArchivedFile(name, packages.Sha256Of(target));
    }

    /// <summary>The explanations that stood for the batch: rule, key, text, whether carried forward, who, when (Shanghai).</summary>
    private async Task<string> ExplanationsCsvAsync(RunRecord run, CancellationToken cancellationToken)
    {
        var text = new StringBuilder("rule,record_key,text,carry_forward,explained_by,explained_at\n");
        foreach (var e in await store.ExplanationsForAsync(run.Period, cancellationToken))
        {
            text.Append(string.Join(',', Csv(e.Rule), Csv(e.Key), Csv(e.Text), e.CarryForward ? "1" : "0", Csv(e.By),
                e.At.ToOffset(Core.Calendar.ReportingDeadline.ShanghaiOffset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture))).Append('\n');
        }

        return text.ToString();
    }

    private static string Csv(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    /// <summary>SM3 over every stored record of the run, part by part in spec order, one line "PART|KEY|v1|v2…" each.</summary>
    private async Task<string> SnapshotSm3Async(RunRecord run, CancellationToken cancellationToken)
    {
        var records = await store.LoadRecordsAsync(run.RunId, [.. ReportParts.All.Select(p => p.Code)], cancellationToken);
        var sm3 = new Sm3();
        foreach (var part in ReportParts.All)
        {
            foreach (var record in records[part.Code])
            {
                sm3.Append(Encoding.UTF8.GetBytes(part.Code + "|" + record.Key + "|" + string.Join('|', record.Values) + "\n"));
            }
        }

        return sm3.HexAndReset();
    }
}
