using System.Globalization;
using System.Text;
using RiskReporting.Core.Calendar;
using RiskReporting.Core.State;
using RiskReporting.Engine.Identity;

namespace RiskReporting.Engine.Reports;

/// <summary>The report's last section (第19条): the improvement proposals an operator wrote and stored with it, or a note that none were written yet.</summary>
public sealed partial class ReportService
{
    public const string ProposalsHeading = "十二、改进建议";

    /// <summary>Stores the file's text as the report's proposals (operators only; not empty), audited with the text's SM3.</summary>
    private async Task StoreProposalsAsync(ReportScope scope, string path, Actor actor, CancellationToken cancellationToken)
    {
        Roles.RequireOperator(actor);
        if (!fileSystem.File.Exists(path))
        {
            throw new RefusalException(RefusalCode.InvalidInput, $"改进建议未保存：找不到文件 {path}。");
        }

        var text = (await fileSystem.File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken)).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (text.Length == 0)
        {
            throw new RefusalException(RefusalCode.InvalidInput, $"改进建议未保存：文件 {path} 是空的。");
        }

        await store.SaveProposalsAsync(new ReportProposals(scope.Label, text, actor.Name, clock.GetUtcNow()), cancellationToken);
    }

    private async Task<ReportSection> ProposalsAsync(ReportScope scope, CancellationToken cancellationToken)
    {
        if (await store.ProposalsOfAsync(scope.Label, cancellationToken) is not { } proposals)
        {
            return new ReportSection(ProposalsHeading, [], [],
                $"尚未撰写改进建议：操作员可用 `riskreport report {(scope.Quarter is null ? "--year" : "--quarter")} {scope.Label} --proposals 文件` 写入，报告随之重新生成。");
        }

        var at = proposals.At.ToOffset(ReportingDeadline.ShanghaiOffset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return new ReportSection(ProposalsHeading, ["撰写人", "时间（北京时间）"], [[proposals.By, at]], proposals.Text);
    }
}
