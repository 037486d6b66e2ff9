using Microsoft.AspNetCore.Mvc;
using RiskReporting.Core.Runs;
using RiskReporting.Engine;
using RiskReporting.Engine.Rules;
using RiskReporting.Engine.Runs;

namespace RiskReporting.Portal.Pages.ItOps;

/// <summary>IT operations: the extraction rule sets with their effective periods and `rules check`, `rules preview` of a candidate set, and the runs whose logs they read.</summary>
public sealed class IndexModel : EnginePageModel
{
    public RuleCheckResult? Check { get; private set; }

    public RulePreviewResult? Preview { get; private set; }

    public IReadOnlyList<RunRecord> Runs { get; private set; } = [];

    [BindProperty] public string? PreviewPeriod { get; set; }

    [BindProperty] public string? Candidate { get; set; }

    public Task<IActionResult> OnGetAsync() => LoadAsync(null);

    /// <summary>Previews the candidate rule folder (a folder on the engine's server, as `rules preview --candidate` takes it) against the rules in force.</summary>
    public Task<IActionResult> OnPostPreviewAsync() => LoadAsync(actor =>
    {
        if (!TryPeriod(PreviewPeriod?.Trim(), out var period))
        {
            throw new RefusalException(RefusalCode.InvalidInput, $"报送期 {PreviewPeriod} 的格式应为 YYYYMM。");
        }

        if (string.IsNullOrWhiteSpace(Candidate))
        {
            throw new RefusalException(RefusalCode.InvalidInput, "请填写候选规则目录。");
        }

        Preview = Service<RuleService>().Preview(period, Candidate.Trim(), actor, cancellationToken: HttpContext.RequestAborted);
    });

    private async Task<IActionResult> LoadAsync(Action<Engine.Identity.Actor>? action)
    {
        try
        {
            var actor = await ActorAsync();
            Check = Service<RuleService>().Check(actor);
            Runs = [.. (await Service<StatusService>().StatusAsync(null, actor, HttpContext.RequestAborted)).Runs.OrderByDescending(r => r.CreatedAt).Take(24)];
            action?.Invoke(actor);
            return Page();
        }
        catch (RefusalException refusal)
        {
            return Refused(refusal);
        }
    }
}
