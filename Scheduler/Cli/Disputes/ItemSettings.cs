using System.ComponentModel;
using RiskReporting.Evidence.Handling;
using Spectre.Console.Cli;

namespace RiskReporting.Scheduler.Cli.Disputes;

/// <summary>A verb about one item: its DISPUTE_ID, and the notice when the id is in several.</summary>
public class ItemSettings : DisputeSettings
{
    [CommandArgument(0, "<ITEM>")]
    [Description("The item's DISPUTE_ID.")]
    public string Item { get; init; } = string.Empty;

    [CommandOption("--notice <NOTICE>")]
    [Description("The notice (e.g. B0001H111000001_YZXFK_20261031_01_01), when the DISPUTE_ID occurs in more than one.")]
    public string? Notice { get; init; }

    public ItemReference Reference => new(Item, Notice);
}
