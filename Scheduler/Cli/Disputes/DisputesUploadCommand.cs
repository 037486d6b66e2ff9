using System.ComponentModel;
using RiskReporting.Engine.Disputes;
using RiskReporting.Engine.Identity;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;

namespace RiskReporting.Scheduler.Cli.Disputes;

[Description("为机构正在处理的争议项添加举证材料 (evidence)（该项变为 IN_PROGRESS）。")]
public sealed class DisputesUploadCommand(EngineComposer composer, IAnsiConsole console)
    : DisputeCommand<EvidenceSettings>(composer, console)
{
    protected override async Task<int> ExecuteAsync(DisputeWorkflow disputes, Actor actor, EvidenceSettings settings, CancellationToken cancellationToken)
    {
        var added = await disputes.UploadAsync(settings.Reference, settings.Uploads, actor, cancellationToken);
        foreach (var file in added)
        {
            Console.MarkupLineInterpolated($"已保存举证材料 (evidence) {file.Seq:D2} {file.OriginalName}：{file.Kind}，{file.Bytes} 字节，SM3 {file.Sm3}。");
        }

        Console.MarkupLineInterpolated($"举证项 {settings.Item} 处理中 (IN_PROGRESS)，新增 {added.Count} 个文件。");
        return (int)ExitCode.Ok;
    }
}
