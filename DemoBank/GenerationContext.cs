using System.Globalization;
using Bogus;
using RiskReporting.Core.Codes;
using RiskReporting.Core.Periods;
using RiskReporting.DemoBank.Identities;
using RiskReporting.DemoBank.Names;
using RiskReporting.DemoBank.Source;

namespace RiskReporting.DemoBank;

/// <summary>What every part of the generator shares: the seeded randomness, the periods, the tables.</summary>
public sealed class GenerationContext
{
    private readonly Dictionary<string, long> _sequences = new(StringComparer.Ordinal);

    public GenerationContext(DemoBankOptions options, DemoBankProfile profile, SourceTables tables)
    {
        Options = options;
        Profile = profile;
        Tables = tables;
        Random = new Randomizer(options.Seed);
        Faker = new Faker("zh_CN") { Random = Random };
        Names = new ChineseNames(Faker);
        Ids = new IdentityFactory(Random);
        Periods = options.Periods;
        Branches = new BranchNetwork(Random, profile, tables.Branch);
        Fx = new FxTable(Random, Periods, tables.FxRate);
        Ledger = new GeneralLedger(Fx);
        var codes = CodeLists.Embedded;
        DomesticRegions = [.. codes["region"].Codes];
        Industries = [.. codes["industry"].Codes.Where(c => c != "99999")];
    }

    public DemoBankOptions Options { get; }

    public DemoBankProfile Profile { get; }

    public SourceTables Tables { get; }

    public Randomizer Random { get; }

    public Faker Faker { get; }

    public ChineseNames Names { get; }

    public IdentityFactory Ids { get; }

    public IReadOnlyList<ReportingPeriod> Periods { get; }

    public DateOnly FirstDate => Periods[0].DataDate;

    public DateOnly LastDate => Periods[^1].DataDate;

    public BranchNetwork Branches { get; }

    public FxTable Fx { get; }

    public GeneralLedger Ledger { get; }

    public IReadOnlyList<string> DomesticRegions { get; }

    public IReadOnlyList<string> Industries { get; }

    /// <summary>The next number of a kind, as the bank's systems issue them: prefix + zero-padded sequence.</summary>
    public string Next(string prefix, int digits)
    {
        var next = _sequences.GetValueOrDefault(prefix) + 1;
        _sequences[prefix] = next;
        return prefix + next.ToString("D" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>A date uniformly between two dates, both included.</summary>
    public DateOnly DateBetween(DateOnly from, DateOnly to) => from.AddDays(Random.Number(0, Math.Max(0, to.DayNumber - from.DayNumber)));

    /// <summary>A positive amount spread log-uniformly between two bounds, rounded to whole hundreds of yuan.</summary>
    public decimal LogUniform(decimal min, decimal max)
    {
        var value = Math.Exp(Random.Double(Math.Log((double)min), Math.Log((double)max)));
        return Math.Max(100m, Math.Round((decimal)value / 100m, 0) * 100m);
    }

    /// <summary>One of the items, uniformly.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Number(0, items.Count - 1)];

    /// <summary>One value by weight (the weights sum to 1): one uniform draw against the running total.</summary>
    public T PickWeighted<T>(params ReadOnlySpan<(T Value, double Weight)> choices)
    {
        var roll = Random.Double();
        foreach (var (value, weight) in choices)
        {
            if (roll < weight)
            {
                return value;
            }

            roll -= weight;
        }

        return choices[^1].Value;
    }

    /// <summary>True with the given probability.</summary>
    public bool Chance(double probability) => Random.Double() < probability;
}
