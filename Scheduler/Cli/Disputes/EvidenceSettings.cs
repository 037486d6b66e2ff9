using System.ComponentModel;
using RiskReporting.Evidence.Handling;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Disputes;

/// <summary>A verb that takes evidence files, each optionally with the name it should keep.</summary>
public class EvidenceSettings : ItemSettings
{
    [CommandOption("--file <FILE>")]
    [Description("举证材料文件 (evidence file)：PDF、JPEG、PNG、XLSX 或 DOCX，最大 20 MiB。多个文件重复给出本选项。")]
    public string[] Files { get; init; } = [];

    [CommandOption("--name <NAME>")]
    [Description("同一位置的 --file 保存时使用的名称（默认：文件本身的名称）。")]
    public string[] Names { get; init; } = [];

    public IReadOnlyList<EvidenceUpload> Uploads =>
        [.. Files.Select((f, i) => new EvidenceUpload(f, i < Names.Length ? Names[i] : Path.GetFileName(f)))];

    public override ValidationResult Validate() =>
        Names.Length > Files.Length ? ValidationResult.Error("--name：名称多于文件 (more names than files)。") : base.Validate();
}
