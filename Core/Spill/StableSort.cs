namespace RiskReporting.Core.Spill;

/// <summary>
/// A stable sort without LINQ's index map and delegate per comparison (issue #16): each item is sorted with its position, which
/// breaks ties, so equal items keep the order they came in, exactly as <see cref="Enumerable.Order{T}(IEnumerable{T}, IComparer{T})"/> keeps it.
/// </summary>
internal static class StableSort
{
    public static T[] Of<T>(List<T> items, IComparer<T> comparer)
    {
        var entries = new (T Item, int Position)[items.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = (items[i], i);
        }

        entries.AsSpan().Sort(new ByItemThenPosition<T>(comparer));
        var sorted = new T[entries.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = entries[i].Item;
        }

        return sorted;
    }

    private readonly struct ByItemThenPosition<T>(IComparer<T> comparer) : IComparer<(T Item, int Position)>
    {
        public int Compare((T Item, int Position) x, (T Item, int Position) y)
        {
            var c = comparer.Compare(x.Item, y.Item);
            return c != 0 ? c : x.Position.CompareTo(y.Position);
        }
    }
}
