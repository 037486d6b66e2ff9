using System.Text.RegularExpressions;

namespace RiskReporting.Scheduler.Cli;

/// <summary>Spectre.Console.Cli names an unknown option without its dashes ("Unknown option 'peroid'"); the user is told what they typed.</summary>
public static partial class CommandLineErrors
{
    public static string AsTyped(string message, IReadOnlyList<string> args)
    {
        var match = UnknownOption().Match(message);
        if (!match.Success)
        {
            return message;
        }

        var name = match.Groups[1].Value;
        var typed = args.FirstOrDefault(a => a == "--" + name || a.StartsWith("--" + name + "=", StringComparison.Ordinal) || a.StartsWith("--" + name + ":", StringComparison.Ordinal)) is not null ? "--" + name
            : args.Any(a => a == "-" + name) ? "-" + name
            : name;
        return $"未知选项 (unknown option) '{typed}'：该命令可用的选项见其 --help。";
    }

    [GeneratedRegex(@"^Unknown option '([^']+)'\.?$")]
    private static partial Regex UnknownOption();
}
