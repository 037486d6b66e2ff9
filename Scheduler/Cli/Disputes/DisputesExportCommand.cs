using System.ComponentModel;
using RiskReporting.Engine.Disputes;
using RiskReporting.Engine.Identity;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;

namespace RiskReporting.Scheduler.Cli.Disputes;

[Description("写出通知的答复包 (response package) {ORG}_YZXHF_{D}_{BATCH}_{ROUND}.zip；尚有争议项未审核通过时拒绝 (refused)，除非给出 --partial。")]
public sealed class DisputesExportCommand(EngineComposer composer, IAnsiConsole console)
    : DisputeCommand<DisputesExportSettings>(composer, console)
{
    protected override bool ReadsOnly => true;

    protected override async Task<int> ExecuteAsync(DisputeWorkflow disputes, Actor actor, DisputesExportSettings settings, CancellationToken cancellationToken)
    {
        var result = await disputes.ExportAsync(settings.Notice, settings.Partial, settings.Out is null ? null : Path.GetFullPath(settings.Out), actor, cancellationToken);
        Console.MarkupLineInterpolated($"已写入 {result.Path}：{result.Answered.Count} 项答复 (answered)。");
        if (result.Missing.Count > 0)
        {
            Console.MarkupLineInterpolated($"部分答复 (partial response)：以下尚未审核通过，未包含：{string.Join(", ", result.Missing)}");
        }

        return (int)ExitCode.Ok;
    }
}
