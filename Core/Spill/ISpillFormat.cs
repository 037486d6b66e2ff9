namespace RiskReporting.Core.Spill;

/// <summary>How one item is written to and read back from a spill file.</summary>
public interface ISpillFormat<T>
{
    void Write(BinaryWriter writer, T item);

    T Read(SpillReader reader);
}
