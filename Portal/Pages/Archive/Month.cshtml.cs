using System.IO.Abstractions;
using Microsoft.AspNetCore.Mvc;
using RiskReporting.Engine;
using RiskReporting.Engine.Archive;

namespace RiskReporting.Portal.Pages.Archive;

/// <summary>One month in the archive (`archive show P`): each filed batch with its manifest, its files to download, and the 订正单 attached to it.</summary>
public sealed class MonthModel : EnginePageModel
{
    public string Period { get; private set; } = string.Empty;

    public IReadOnlyList<(ArchivedBatch Batch, IReadOnlyList<string> Sheets)> Batches { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string period)
    {
        if (!TryPeriod(period, out var reporting))
        {
            return NotFound();
        }

        Period = reporting.ToString();
        try
        {
            var archive = Service<ArchiveService>();
            Batches = [.. archive.Show(reporting, await ActorAsync()).OrderByDescending(b => b.Batch).Select(b => (b, archive.AttachedSheets(b)))];
            return Page();
        }
        catch (RefusalException refusal)
        {
            return Refused(refusal);
        }
    }

    /// <summary>One filed file by the batch and its name as the manifest lists it; the archive service refuses any other.</summary>
    public async Task<IActionResult> OnGetFileAsync(string period, int batch, string name)
    {
        if (!TryPeriod(period, out var reporting))
        {
            return NotFound();
        }

        Period = reporting.ToString();
        try
        {
            var path = Service<ArchiveService>().BatchFile(reporting, batch, name ?? string.Empty, await ActorAsync());
            return File(Service<IFileSystem>().FileStream.New(path, FileMode.Open, FileAccess.Read, FileShare.Read), ContentTypeOf(name!), name);
        }
        catch (RefusalException refusal)
        {
            return Refused(refusal);
        }
    }

    private static string ContentTypeOf(string name) => Path.GetExtension(name) switch
    {
        ".pdf" => "application/pdf",
        ".zip" => "application/zip",
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".csv" => "text/csv; charset=utf-8",
        ".txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };
}
