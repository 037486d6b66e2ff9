using System.Text.RegularExpressions;

namespace RiskReporting.Scheduler.Cli;

/// <summary>
/// Spectre.Console.Cli's parse errors in the CLI's one voice (issue #17): in Chinese with the English term after it, the
/// token as the user typed it. An unknown option is named without its dashes by Spectre ("Unknown option 'peroid'"); the
/// user is told what they typed. A message this class does not know is passed on as it is.
/// </summary>
public static partial class CommandLineErrors
{
    public static string AsTyped(string message, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(args);
        if (UnknownOption().Match(message) is { Success: true } option)
        {
            var name = option.Groups[1].Value;
            var typed = args.FirstOrDefault(a => a == "--" + name || a.StartsWith("--" + name + "=", StringComparison.Ordinal) || a.StartsWith("--" + name + ":", StringComparison.Ordinal)) is not null ? "--" + name
                : args.Any(a => a == "-" + name) ? "-" + name
                : name;
            return $"未知选项 (unknown option) '{typed}'：该命令可用的选项见其 --help。";
        }

        // A settings check that saw Spectre's stand-in for the value an option given last did not get (see MissingOptionValue).
        if (message.Contains(MissingOptionValue.SpectreDefaultCommand, StringComparison.Ordinal) && args.Count > 0 && args[^1].StartsWith('-'))
        {
            return MissingValue(args[^1]);
        }

        if (UnknownCommand().Match(message) is { Success: true } command)
        {
            return $"未知命令 (unknown command) '{command.Groups[1].Value}'：可用的命令见 riskreport --help。";
        }

        if (MissingArgument().Match(message) is { Success: true } missing)
        {
            return $"命令 {missing.Groups[1].Value} 缺少必填参数 (missing required argument) {missing.Groups[2].Value}：见其 --help。";
        }

        if (NotConverted().Match(message) is { Success: true } value)
        {
            var (typedValue, type) = (value.Groups[1].Value, value.Groups[2].Value);
            return type switch
            {
                "Int16" or "Int32" or "Int64" => $"'{typedValue}' 不是整数 (not an integer)。",
                "Decimal" or "Double" => $"'{typedValue}' 不是数字 (not a number)。",
                _ => $"'{typedValue}' 无法转换为 {type} (failed to convert)。",
            };
        }

        return message;
    }

    /// <summary>The refusal of an option given with no value after it.</summary>
    public static string MissingValue(string option) => $"{option} 缺少值 (missing value)：在 {option} 后给出它的值，见该命令的 --help。";

    [GeneratedRegex(@"^Unknown option '([^']+)'\.?$")]
    private static partial Regex UnknownOption();

    [GeneratedRegex(@"^Unknown command '([^']+)'\.?$")]
    private static partial Regex UnknownCommand();

    [GeneratedRegex(@"^Command '([^']+)' is missing required argument '([^']+)'\.?$")]
    private static partial Regex MissingArgument();

    [GeneratedRegex(@"^Failed to convert '([^']*)' to ([A-Za-z0-9]+)\.?$")]
    private static partial Regex NotConverted();
}
