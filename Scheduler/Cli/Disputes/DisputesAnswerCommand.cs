using System.ComponentModel;
using RiskReporting.Evidence.Handling;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;

namespace RiskReporting.Scheduler.Cli.Disputes;

[Description("Answer a dispute item (RESULT 1 or 2) with an explanation and evidence; it goes to credit management for review.")]
public sealed class DisputesAnswerCommand(EngineSettingsLoader loader, StateStoreOpener opener, System.IO.Abstractions.IFileSystem fileSystem, TimeProvider clock, IAnsiConsole console)
    : DisputeCommand<DisputesAnswerSettings>(loader, opener, fileSystem, clock, console)
{
    protected override async Task<int> ExecuteAsync(DisputeService service, DisputesAnswerSettings settings, CancellationToken cancellationToken)
    {
        var item = await service.AnswerAsync(settings.Reference, settings.Answer, settings.Uploads, settings.User!, cancellationToken);
        Console.MarkupLineInterpolated($"Item {item.DisputeId} answered RESULT {(int)item.Answer!.Result} by {settings.User}; it is SUBMITTED for review by credit management.");
        return (int)ExitCode.Ok;
    }
}
