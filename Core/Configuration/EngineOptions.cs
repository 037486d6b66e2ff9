namespace RiskReporting.Core.Configuration;

/// <summary>The "Engine" section of appsettings.json: who reports, where its state and outputs live.</summary>
public sealed class EngineOptions
{
    public const string Section = "Engine";

    /// <summary>The reporting institution code ORG: 15 characters of [0-9A-Z].</summary>
    public string Org { get; set; } = string.Empty;

    /// <summary>The work folder: WORK/YYYYMM/BATCH/ holds each run's outputs.</summary>
    public string Work { get; set; } = "work";

    /// <summary>Where approved packages go for submission; empty means WORK/outbox.</summary>
    public string Outbox { get; set; } = string.Empty;

    /// <summary>The state store; empty means sqlite:WORK/state.db.</summary>
    public string StateStore { get; set; } = string.Empty;

    /// <summary>The working-day calendar folder (YYYY.csv files); empty means rules/calendar shipped beside the engine.</summary>
    public string Calendar { get; set; } = string.Empty;

    /// <summary>How long a SQLite state store waits for another process's lock before the step fails (busy_timeout), in seconds.</summary>
    public int StateStoreBusySeconds { get; set; } = 30;

    /// <summary>
    /// Optional: an executable (the regulator's checking client, e.g. khfx-check) run with a package's path as its one argument
    /// before the package is offered for approval and again at approve; a non-zero exit blocks the package with its output.
    /// Relative to the configuration file's folder; empty means only the engine's own conformance check.
    /// </summary>
    public string ConformanceChecker { get; set; } = string.Empty;

    public IEnumerable<string> Problems()
    {
        if (Org.Length != 15 || !Org.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c)))
        {
            yield return $"Engine:Org '{Org}' 须为 15 位 [0-9A-Z] 机构代码 (institution code)，例如 B0001H111000001。";
        }

        if (string.IsNullOrWhiteSpace(Work))
        {
            yield return "Engine:Work 须指明工作文件夹 (work folder)。";
        }
    }
}
