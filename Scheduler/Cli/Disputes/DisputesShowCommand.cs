using System.ComponentModel;
using RiskReporting.Evidence.Disputes;
using RiskReporting.Engine.Disputes;
using RiskReporting.Engine.Identity;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;

namespace RiskReporting.Scheduler.Cli.Disputes;

[Description("Show one dispute item: what the regulator says, the answer, the evidence files and every change with who, when and why.")]
public sealed class DisputesShowCommand(EngineComposer composer, IAnsiConsole console)
    : DisputeCommand<ItemSettings>(composer, console)
{
    protected override async Task<int> ExecuteAsync(DisputeWorkflow disputes, Actor actor, ItemSettings settings, CancellationToken cancellationToken)
    {
        var (item, notice, files, history, overdue) = await disputes.ShowAsync(settings.Reference, actor, cancellationToken);
        var line = item.Line;
        Console.MarkupLineInterpolated($"[bold]{item.DisputeId}[/] of {notice.Name} — {DisputeStates.Text(item.State)}{(overdue ? " — OVERDUE" : string.Empty)}");
        Console.MarkupLineInterpolated($"  check {line.CheckCode}; customer {line.CustCode} {line.CustName}; {line.Part}.{line.Field}");
        Console.MarkupLineInterpolated($"  reported {line.ReportedValue}; previous {line.PreviousValue}; shared {line.SameInfoValue}; conflict: {line.ConflictInfo}");
        Console.MarkupLineInterpolated($"  branch {item.BranchCode}{(item.Unassigned ? " (unassigned)" : string.Empty)}, due {item.BranchDue:yyyy-MM-dd}; notice due {notice.DueDate:yyyy-MM-dd}");
        if (item.Answer is { } answer)
        {
            Console.MarkupLineInterpolated($"  answer by {item.AnsweredBy}: RESULT {(int)answer.Result} {answer.CorrectedValue} {answer.ChangeDate:yyyyMMdd} — {answer.Explanation}");
        }

        if (item.OverrideIds is { } overrides)
        {
            Console.MarkupLineInterpolated($"  overrides: {overrides}");
        }

        foreach (var file in files)
        {
            Console.MarkupLineInterpolated($"  evidence {file.Seq:D2}: {file.OriginalName} ({file.Kind}, {file.Bytes} bytes, SM3 {file.Sm3[..16]}…) by {file.UploadedBy}");
        }

        foreach (var change in history)
        {
            Console.MarkupLineInterpolated($"  {change.At:yyyy-MM-dd HH:mm:ss} UTC {change.Actor}: {(change.From is { } from ? DisputeStates.Text(from) : "-")} → {DisputeStates.Text(change.To)}: {change.Reason}");
        }

        return (int)ExitCode.Ok;
    }
}
