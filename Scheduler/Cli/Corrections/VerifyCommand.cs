using System.ComponentModel;
using System.IO.Abstractions;
using System.Security.Cryptography;
using RiskReporting.Core.Periods;
using RiskReporting.MessageBuilder.Packaging;
using RiskReporting.MessageBuilder.Xml;
using RiskReporting.Scheduler.Cli.Hosting;
using RiskReporting.Scheduler.Runs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Corrections;

[Description("Prove a past submission: rebuild its package from the stored snapshot, the overrides it applied and its correction file, and compare the SHA-256 with the one recorded when it was built.")]
public sealed class VerifyCommand(EngineSettingsLoader loader, StateStoreOpener opener, IFileSystem fileSystem, IAnsiConsole console) : AsyncCommand<VerifySettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, VerifySettings settings, CancellationToken cancellationToken)
    {
        var store = await opener.OpenAsync(loader.Load(settings), cancellationToken);
        var period = ReportingPeriod.Parse(settings.Period!);
        var run = (await store.ListRunsAsync(period, cancellationToken)).SingleOrDefault(r => r.Batch == settings.Batch)
            ?? throw new UsageException($"No batch {settings.Batch:D2} of {period} is held.");
        if (run.PackageName is null || run.PackageSha256 is null)
        {
            throw new UsageException($"{period} batch {run.Batch:D2} built no package ({run.State}).");
        }

        var records = await ReportedBatch.RecordsAsync(store, run, cancellationToken);
        var correction = await ReportedBatch.CorrectionAsync(store, run, records, cancellationToken);
        var scratch = fileSystem.Path.Combine(fileSystem.Path.GetTempPath(), "riskreport-verify-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var org = run.PackageName[..15];
            var rebuilt = new PackageWriter(fileSystem).Write(scratch, new MessageHeader(org, period, run.Batch), records, correction);
            if (rebuilt.Sha256 != run.PackageSha256)
            {
                Console.Error.WriteLine($"riskreport: {run.PackageName} does NOT verify: recorded sha256 {run.PackageSha256}, rebuilt {rebuilt.Sha256}.");
                return (int)ExitCode.Failed;
            }

            console.MarkupLineInterpolated($"{run.PackageName} verified: rebuilt from the stored snapshot, sha256 {rebuilt.Sha256} equals the recorded one.");
            return (int)ExitCode.Ok;
        }
        finally
        {
            if (fileSystem.Directory.Exists(scratch))
            {
                fileSystem.Directory.Delete(scratch, recursive: true);
            }
        }
    }
}
