using System.ComponentModel;
using RiskReporting.Evidence.Handling;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Disputes;

/// <summary>A verb about one item: its DISPUTE_ID, and the notice when the id is in several.</summary>
public class ItemSettings : DisputeSettings
{
    [CommandArgument(0, "<ITEM>")]
    [Description("争议项的 DISPUTE_ID。")]
    public string Item { get; init; } = string.Empty;

    [CommandOption("--notice <NOTICE>")]
    [Description("通知 (notice)，例如 B0001H111000001_YZXFK_20261031_01_01；DISPUTE_ID 出现在多个通知中时须给出。")]
    public string? Notice { get; init; }

    public ItemReference Reference => new(Item, Notice);
}
