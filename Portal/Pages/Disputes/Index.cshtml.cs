using Microsoft.AspNetCore.Mvc;
using RiskReporting.Engine;
using RiskReporting.Engine.Disputes;
using RiskReporting.Evidence.Disputes;

namespace RiskReporting.Portal.Pages.Disputes;

/// <summary>The dispute inbox: the items the user may see (a branch user: its own branch's only, as the dispute service scopes them), newest notice first.</summary>
public sealed class IndexModel : EnginePageModel
{
    public IReadOnlyList<DisputeItem> Items { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        try
        {
            var workflow = Service<DisputeWorkflow>();
            Today = workflow.Today;
            Items = [.. (await workflow.ListAsync(null, null, null, false, await ActorAsync(), HttpContext.RequestAborted))
                .OrderByDescending(i => i.Notice, StringComparer.Ordinal).ThenBy(i => i.Seq)];
            return Page();
        }
        catch (RefusalException refusal)
        {
            return Refused(refusal);
        }
    }
}
