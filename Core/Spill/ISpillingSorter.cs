namespace RiskReporting.Core.Spill;

/// <summary>What a spill area asks of the sorters sharing its memory budget.</summary>
internal interface ISpillingSorter
{
    int Held { get; }

    /// <summary>Sorts the items held and writes them to disk as one run.</summary>
    void Spill();
}
