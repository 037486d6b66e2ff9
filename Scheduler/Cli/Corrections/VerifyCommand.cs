using System.ComponentModel;
using RiskReporting.Core.Periods;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Verification;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Corrections;

[Description("核验一次已报送的数据 (verify)：由保存的快照、其采用的修订和订正文件重建报送包，并与生成时记录的 SHA-256 比对，同时与副本比对（审批前为运行文件夹中的副本，审批后为发件箱 outbox 中的）。")]
public sealed class VerifyCommand(EngineComposer composer, IAnsiConsole console, Runs.StepProgress steps) : AsyncCommand<VerifySettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, VerifySettings settings, CancellationToken cancellationToken)
    {
        await using var engine = await composer.StartAsync(settings, null, cancellationToken);
        var actor = await engine.ActorAsync();
        var verification = engine.Get<VerificationService>();
        var result = await steps.ShowAsync(progress => verification.VerifyAsync(ReportingPeriod.Parse(settings.Period!), settings.Batch!.Value, actor, progress, engine.Stopping));
        if (!result.Verified)
        {
            Console.Error.WriteLine($"{Refusals.FailedPrefix}{result.PackageName} 校验未通过 (does NOT verify)：{string.Join("；", result.Problems)}。");
            return (int)ExitCode.Failed;
        }

        console.MarkupLineInterpolated($"{result.PackageName} 验证通过 (verified)：由存储的快照重建，sha256 {result.RebuiltSha256} 与记录值及每份副本一致。");
        return (int)ExitCode.Ok;
    }
}
