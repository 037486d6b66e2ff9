namespace RiskReporting.Core.Spill;

/// <summary>Rows of text values, any of which may be null, in a spill file; and their order by leading columns.</summary>
public sealed class TextRowFormat : ISpillFormat<string?[]>
{
    public static TextRowFormat Instance { get; } = new();

    public void Write(BinaryWriter writer, string?[] item)
    {
        writer.Write(item.Length);
        foreach (var value in item)
        {
            writer.Write(value is not null);
            if (value is not null)
            {
                writer.Write(value);
            }
        }
    }

    public string?[] Read(SpillReader reader)
    {
        var values = new string?[reader.ReadInt32()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.ReadBoolean() ? reader.ReadString(i) : null;
        }

        return values;
    }

    /// <summary>Rows ordered by their first <paramref name="columns"/> values, ordinal, null first.</summary>
    public static IComparer<string?[]> ByLeading(int columns) => Comparer<string?[]>.Create((x, y) =>
    {
        for (var i = 0; i < columns; i++)
        {
            var c = string.CompareOrdinal(x[i], y[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return 0;
    });
}
