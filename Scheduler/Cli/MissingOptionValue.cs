using System.Reflection;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli;

/// <summary>
/// A value option given last with no value (`run --period`) is a usage error naming the option. Spectre.Console.Cli fills such an
/// option with the name of its internal default command, which a verb would otherwise take as a period or a folder (and `status
/// --work` looked for its state store in a folder of that name).
/// </summary>
internal sealed class MissingOptionValue : ICommandInterceptor
{
    /// <summary>What Spectre.Console.Cli puts in the option (its CliConstants.DefaultCommandName).</summary>
    internal const string SpectreDefaultCommand = "__default_command";

    public void Intercept(CommandContext context, CommandSettings settings)
    {
        foreach (var property in settings.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<CommandOptionAttribute>() is { } option && property.GetValue(settings) is var value
                && (value as string == SpectreDefaultCommand || (value is string[] values && values.Contains(SpectreDefaultCommand))))
            {
                var name = option.LongNames.Count > 0 ? "--" + option.LongNames[0] : "-" + option.ShortNames[0];
                throw new UsageException(CommandLineErrors.MissingValue(name));
            }
        }
    }
}
