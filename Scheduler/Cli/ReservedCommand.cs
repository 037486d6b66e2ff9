using System.ComponentModel;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli;

/// <summary>
/// A verb whose name and place are fixed but whose work arrives with a later issue. It says so in one
/// line and fails, rather than pretending to have done something.
/// </summary>
[Description("Reserved: arrives with a later issue.")]
public sealed class ReservedCommand : Command<CommonSettings>
{
    private static readonly Dictionary<string, string> ArrivesWith = new(StringComparer.Ordinal)
    {
        ["scheduler"] = "the scheduler issue (#6)",
    };

    public static IEnumerable<string> Verbs => ArrivesWith.Keys;

    public static string DescriptionOf(string verb) => $"Reserved: not in this build yet; arrives with {ArrivesWith[verb]}.";

    public override int Execute(CommandContext context, CommonSettings settings, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"'{context.Name}' is not in this build yet; it arrives with {ArrivesWith[context.Name]}.");
}
