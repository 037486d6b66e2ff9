using System.Globalization;
using System.IO.Abstractions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using RiskReporting.Core.State;
using RiskReporting.Engine;
using RiskReporting.Engine.Disputes;
using RiskReporting.Engine.Identity;
using RiskReporting.Evidence.Disputes;
using RiskReporting.Evidence.Handling;
using RiskReporting.Evidence.Store;

namespace RiskReporting.Portal.Pages.Disputes;

/// <summary>
/// One dispute item: its history and evidence; the branch uploads evidence (checked by the evidence store, as the CLI's uploads are) and answers;
/// credit management returns or approves the answer. An item the user may not see is a 404, whether it is another branch's or missing.
/// </summary>
[RequestSizeLimit(UploadLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimit)]
public sealed class ItemModel : EnginePageModel
{
    /// <summary>What one post may carry: an item's whole evidence allowance and room for the form, so the evidence store's own limits are the ones a user meets.</summary>
    private const long UploadLimit = EvidenceLimits.MaxItemBytes + (1024 * 1024);

    [BindProperty(SupportsGet = true)] public string? Notice { get; set; }

    public string Id { get; private set; } = string.Empty;

    public ItemDetails? Details { get; private set; }

    public Actor? Viewer { get; private set; }

    public string? Done { get; private set; }

    public bool CanAnswer => Details is { } d && Viewer is { } v && !v.Is(UserRoleKind.Auditor)
        && d.Item.State is DisputeState.Assigned or DisputeState.InProgress or DisputeState.Returned;

    public bool CanReview => Details is { Item.State: DisputeState.Submitted } && Viewer is { IsOperator: true };

    /// <summary>Why credit management returned the item, when it stands returned.</summary>
    public string? ReturnReason => Details is { Item.State: DisputeState.Returned } d
        ? d.History.LastOrDefault(e => e.To == DisputeState.Returned)?.Reason
        : null;

    public Task<IActionResult> OnGetAsync(string id) => ActAsync(id, null);

    public Task<IActionResult> OnPostUploadAsync(string id, List<IFormFile> files) => ActAsync(id, async (workflow, reference, actor) =>
    {
        var uploads = await SaveAsync(files);
        try
        {
            var added = await workflow.UploadAsync(reference, uploads.Files, actor, HttpContext.RequestAborted);
            return $"已上传 {added.Count} 个证明材料。";
        }
        finally
        {
            Service<IFileSystem>().Directory.Delete(uploads.Folder, recursive: true);
        }
    });

    public Task<IActionResult> OnPostAnswerAsync(string id, int result, string? correctedValue, string? changeDate, string? explanation) => ActAsync(id, async (workflow, reference, actor) =>
    {
        var answer = new DisputeAnswer(result == 2 ? DisputeResult.Corrected : DisputeResult.Confirmed, result == 2 ? Empty(correctedValue) : null,
            result == 2 && DateOnly.TryParseExact(changeDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
            explanation ?? string.Empty);
        if (result is not (1 or 2))
        {
            throw new RefusalException(RefusalCode.InvalidInput, "请选择 RESULT 1 或 RESULT 2。");
        }

        await workflow.AnswerAsync(reference, answer, [], actor, HttpContext.RequestAborted);
        return $"已答复 RESULT {result}，事项已提交信贷管理部审核。";
    });

    public Task<IActionResult> OnPostReviewAsync(string id, bool approve, string? reason) => ActAsync(id, async (workflow, reference, actor) =>
    {
        var (item, overrides, note) = await workflow.ReviewAsync(reference, approve, Empty(reason), actor, HttpContext.RequestAborted);
        return approve
            ? $"已审核通过。{(overrides.Count > 0 ? $"已生成 {overrides.Count} 条补录，下次运行生效。" : string.Empty)}{note}"
            : $"已退回 {item.BranchCode}，原因已记录。";
    });

    /// <summary>An evidence file from the evidence store: a PDF or an image shown by the browser, an office file downloaded; the name is the uploader's, as data.</summary>
    public async Task<IActionResult> OnGetEvidenceAsync(string id, int seq)
    {
        try
        {
            var evidence = await Service<DisputeItemReader>().EvidenceAsync(Reference(id), seq, await ActorAsync(), HttpContext.RequestAborted);
            return evidence.Previewable
                ? File(evidence.Content, evidence.ContentType)
                : File(evidence.Content, evidence.ContentType, evidence.OriginalName);
        }
        catch (RefusalException refusal) when (refusal.Code == RefusalCode.NotFound)
        {
            return NotFound();
        }
    }

    private async Task<IActionResult> ActAsync(string id, Func<DisputeWorkflow, ItemReference, Actor, Task<string>>? action)
    {
        Id = id;
        try
        {
            Viewer = await ActorAsync();
            var reference = Reference(id);
            var reader = Service<DisputeItemReader>();
            Details = await reader.ItemAsync(reference, Viewer, HttpContext.RequestAborted);
            if (action is null)
            {
                return Page();
            }

            try
            {
                Done = await action(Service<DisputeWorkflow>(), reference, Viewer);
            }
            catch (RefusalException refusal) when (refusal.Code != RefusalCode.NotLoggedIn)
            {
                Details = await reader.ItemAsync(reference, Viewer, HttpContext.RequestAborted);
                return Refused(refusal);
            }

            Details = await reader.ItemAsync(reference, Viewer, HttpContext.RequestAborted);
            return Page();
        }
        catch (RefusalException refusal) when (refusal.Code == RefusalCode.NotFound)
        {
            return NotFound();
        }
        catch (RefusalException refusal)
        {
            return Refused(refusal);
        }
    }

    private ItemReference Reference(string id) => new(id, Empty(Notice));

    /// <summary>The posted files in a private temporary folder, under names of the portal's own (the uploader's name is kept as data only).</summary>
    private async Task<(string Folder, IReadOnlyList<EvidenceUpload> Files)> SaveAsync(List<IFormFile> files)
    {
        var fileSystem = Service<IFileSystem>();
        var folder = fileSystem.Path.Combine(fileSystem.Path.GetTempPath(), "riskreport-upload-" + Guid.NewGuid().ToString("N"));
        fileSystem.Directory.CreateDirectory(folder);
        var uploads = new List<EvidenceUpload>();
        foreach (var (file, i) in files.Select((f, i) => (f, i)))
        {
            var path = fileSystem.Path.Combine(folder, i.ToString(CultureInfo.InvariantCulture) + ".upload");
            await using (var target = fileSystem.FileStream.New(path, FileMode.CreateNew, FileAccess.Write))
            {
                await file.CopyToAsync(target, HttpContext.RequestAborted);
            }

            uploads.Add(new EvidenceUpload(path, fileSystem.Path.GetFileName(file.FileName)));
        }

        return (folder, uploads);
    }

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
