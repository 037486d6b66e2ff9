using System.ComponentModel;
using RiskReporting.Evidence.Disputes;
using RiskReporting.Engine.Disputes;
using RiskReporting.Engine.Identity;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;

namespace RiskReporting.Scheduler.Cli.Disputes;

[Description("显示一个争议项：监管机构的说明、答复 (answer)、举证材料 (evidence)，以及每次变更的操作人、时间和原因。")]
public sealed class DisputesShowCommand(EngineComposer composer, IAnsiConsole console)
    : DisputeCommand<ItemSettings>(composer, console)
{
    protected override bool ReadsOnly => true;

    protected override async Task<int> ExecuteAsync(DisputeWorkflow disputes, Actor actor, ItemSettings settings, CancellationToken cancellationToken)
    {
        var (item, notice, files, history, overdue) = await disputes.ShowAsync(settings.Reference, actor, cancellationToken);
        var line = item.Line;
        Console.MarkupLineInterpolated($"举证项 (item) [bold]{item.DisputeId}[/]，通知 (notice) {notice.Name} — {DisputeStates.Text(item.State)}{(overdue ? " — 已逾期 (OVERDUE)" : string.Empty)}");
        Console.MarkupLineInterpolated($"  校验 {line.CheckCode}；客户 {line.CustCode} {line.CustName}；{line.Part}.{line.Field}");
        Console.MarkupLineInterpolated($"  本行报送 {line.ReportedValue}；上期 {line.PreviousValue}；共享 {line.SameInfoValue}；冲突：{line.ConflictInfo}");
        Console.MarkupLineInterpolated($"  机构 {item.BranchCode}{(item.Unassigned ? "（未分派 unassigned）" : string.Empty)}，截止 {item.BranchDue:yyyy-MM-dd}；通知截止 {notice.DueDate:yyyy-MM-dd}");
        if (item.Answer is { } answer)
        {
            Console.MarkupLineInterpolated($"  {item.AnsweredBy} 的答复：RESULT {(int)answer.Result} {answer.CorrectedValue} {answer.ChangeDate:yyyyMMdd} — {answer.Explanation}");
        }

        if (item.OverrideIds is { } overrides)
        {
            Console.MarkupLineInterpolated($"  补录 (overrides)：{overrides}");
        }

        foreach (var file in files)
        {
            Console.MarkupLineInterpolated($"  举证材料 {file.Seq:D2}：{file.OriginalName}（{file.Kind}，{file.Bytes} 字节，SM3 {file.Sm3[..16]}…），上传人 {file.UploadedBy}");
        }

        foreach (var change in history)
        {
            Console.MarkupLineInterpolated($"  {change.At.ToOffset(RiskReporting.Core.Calendar.ReportingDeadline.ShanghaiOffset):yyyy-MM-dd HH:mm:ss}（北京时间）{change.Actor}: {(change.From is { } from ? DisputeStates.Text(from) : "-")} → {DisputeStates.Text(change.To)}: {change.Reason}");
        }

        return (int)ExitCode.Ok;
    }
}
