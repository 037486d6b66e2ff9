using System.ComponentModel;
using RiskReporting.Evidence.Handling;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Disputes;

/// <summary>A verb that takes evidence files, each optionally with the name it should keep.</summary>
public class EvidenceSettings : ItemSettings
{
    [CommandOption("--file <FILE>")]
    [Description("An evidence file (PDF, JPEG, PNG, XLSX or DOCX; at most 20 MiB). Repeat for several.")]
    public string[] Files { get; init; } = [];

    [CommandOption("--name <NAME>")]
    [Description("The name to keep for the --file in the same position (default: the file's own name).")]
    public string[] Names { get; init; } = [];

    public IReadOnlyList<EvidenceUpload> Uploads =>
        [.. Files.Select((f, i) => new EvidenceUpload(f, i < Names.Length ? Names[i] : Path.GetFileName(f)))];

    public override ValidationResult Validate() =>
        Names.Length > Files.Length ? ValidationResult.Error("--name：名称多于文件 (more names than files)。") : base.Validate();
}
