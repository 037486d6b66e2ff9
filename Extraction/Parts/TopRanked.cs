namespace RiskReporting.Extraction.Parts;

/// <summary>
/// The first <c>limit</c> items in a given order, kept as items arrive: the result of a stable sort
/// followed by Take(limit), without holding the rest. An item ties after the items already held.
/// </summary>
public sealed class TopRanked<T>(int limit, IComparer<T> order)
{
    private readonly List<T> _items = new(limit + 1);

    public IReadOnlyList<T> Items => _items;

    public void Add(T item)
    {
        var at = _items.Count;
        while (at > 0 && order.Compare(item, _items[at - 1]) < 0)
        {
            at--;
        }

        if (at < limit)
        {
            _items.Insert(at, item);
            if (_items.Count > limit)
            {
                _items.RemoveAt(limit);
            }
        }
    }
}
