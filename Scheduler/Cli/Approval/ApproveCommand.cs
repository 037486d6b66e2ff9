using System.ComponentModel;
using System.IO.Abstractions;
using System.Security.Cryptography;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Runs;
using RiskReporting.Core.State;
using RiskReporting.Scheduler.Cli.Findings;
using RiskReporting.Scheduler.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Approval;

[Description("Approve a period's package with four eyes: no ERROR, every WARNING explained, and the approver explained none of them. The package moves to the outbox and the batch is PUBLISHED.")]
public sealed class ApproveCommand(EngineSettingsLoader loader, StateStoreOpener opener, IFileSystem fileSystem, IAnsiConsole console) : AsyncCommand<ApproveSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ApproveSettings settings, CancellationToken cancellationToken)
    {
        var engine = loader.Load(settings);
        var store = await opener.OpenAsync(engine, cancellationToken);
        await Operators.RequireOperatorAsync(store, settings.User, cancellationToken);
        var period = ReportingPeriod.Parse(settings.Period!);
        var run = await Operators.LatestRunAsync(store, period, cancellationToken);
        var refusal = run.State switch
        {
            RunState.AwaitingApproval => await CheckFindingsAsync(store, run, settings.User!, cancellationToken),
            RunState.Published => $"{period} batch {run.Batch:D2} is already published; changes go through `riskreport correct`.",
            RunState.Blocked => $"{period} batch {run.Batch:D2} is blocked by ERROR findings: correct the data and run again.",
            _ => $"{period} batch {run.Batch:D2} is {run.State}, not awaiting approval.",
        };
        if (refusal is not null)
        {
            Console.Error.WriteLine("riskreport: approval refused: " + refusal);
            return (int)ExitCode.Refused;
        }

        var outbox = Publish(engine, run);
        await store.PublishAsync(run, settings.User!, outbox, cancellationToken);
        console.MarkupLineInterpolated($"{period} batch {run.Batch:D2} approved by {settings.User} and published: {outbox}");
        return (int)ExitCode.Ok;
    }

    /// <summary>None of the findings may block, every warning must be explained, and not by the approver.</summary>
    private static async Task<string?> CheckFindingsAsync(IStateStore store, RunRecord run, string approver, CancellationToken cancellationToken)
    {
        var findings = await store.LoadFindingsAsync(run.RunId, cancellationToken);
        if (findings.Any(f => f.Severity == "ERROR"))
        {
            return $"{findings.Count(f => f.Severity == "ERROR")} ERROR finding(s) stand.";
        }

        var warnings = await WarningStatus.OfAsync(store, run, findings, cancellationToken);
        var unexplained = warnings.Where(w => w.ExplainedBy is null).Select(w => w.Finding).ToList();
        var explainers = warnings.Select(w => w.ExplainedBy?.By).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (unexplained.Count > 0)
        {
            return $"{unexplained.Count} WARNING finding(s) are not explained, e.g. {string.Join(", ", unexplained.Take(3).Select(f => $"{f.Rule} {f.Key}"))}.";
        }

        return explainers.Contains(approver) ? $"{approver} explained warnings of this batch and cannot also approve it (four eyes)." : null;
    }

    /// <summary>Copies the package into the outbox under a temporary name, renames it there (atomic within the folder), then removes it from the run folder. A submitted package is never overwritten.</summary>
    private string Publish(EngineSettings engine, RunRecord run)
    {
        var source = fileSystem.Path.Combine(engine.WorkDirectory, run.Period.ToString(), run.Batch.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), run.PackageName!);
        if (!fileSystem.File.Exists(source) || Sha256(source) != run.PackageSha256)
        {
            throw new InvalidOperationException($"The package {source} is missing or no longer has the SHA-256 recorded when it was built; run the period again.");
        }

        fileSystem.Directory.CreateDirectory(engine.OutboxDirectory);
        var target = fileSystem.Path.Combine(engine.OutboxDirectory, run.PackageName!);
        if (fileSystem.File.Exists(target))
        {
            throw new InvalidOperationException($"{target} already exists in the outbox; a submitted package is never overwritten.");
        }

        var temporary = target + ".tmp";
        fileSystem.File.Copy(source, temporary, overwrite: true);
        fileSystem.File.Move(temporary, target);
        fileSystem.File.Delete(source);
        return target;
    }

    private string Sha256(string path)
    {
        using var stream = fileSystem.File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
