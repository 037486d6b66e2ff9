using Microsoft.AspNetCore.Mvc;
using RiskReporting.Engine;
using RiskReporting.Engine.Handover;
using RiskReporting.Engine.Reports;

namespace RiskReporting.Portal.Pages.Admin;

/// <summary>
/// One 交接清单 (issue #18, 第13–16条): its preface and sections as the PDF has them, for admins and auditors and the two
/// users it is between; the new user acknowledges it here with their own login, which disables the old user.
/// </summary>
public sealed class HandoverModel : EnginePageModel
{
    [BindProperty(SupportsGet = true)] public string Id { get; set; } = string.Empty;

    public Core.State.Handover? List { get; private set; }

    public IReadOnlyList<string> Preface { get; private set; } = [];

    public IReadOnlyList<ReportSection> Sections { get; private set; } = [];

    /// <summary>Whether the viewer is the new user and the list still awaits acknowledgement.</summary>
    public bool MayAcknowledge { get; private set; }

    public string? Done { get; private set; }

    public Task<IActionResult> OnGetAsync() => LoadAsync(acknowledge: false);

    public Task<IActionResult> OnPostAcknowledgeAsync() => LoadAsync(acknowledge: true);

    private async Task<IActionResult> LoadAsync(bool acknowledge)
    {
        try
        {
            var actor = await ActorAsync();
            var handovers = Service<HandoverService>();
            if (acknowledge)
            {
                var acknowledged = await handovers.AcknowledgeAsync(Id, actor, HttpContext.RequestAborted);
                Done = $"已确认接收交接清单 {acknowledged.HandoverId}，共 {acknowledged.Items.Count} 项；{acknowledged.From} 的账号已停用。";
            }

            List = await handovers.ShowAsync(Id, actor, HttpContext.RequestAborted);
            Preface = HandoverService.Preface(List);
            Sections = HandoverService.Sections(List);
            MayAcknowledge = List.AcknowledgedAt is null && List.To == actor.Name;
            return Page();
        }
        catch (RefusalException refusal)
        {
            return Refused(refusal);
        }
    }
}
