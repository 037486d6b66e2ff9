namespace RiskReporting.Core.Spill;

/// <summary>
/// Sorts more items than memory should hold: items are buffered, each full buffer is sorted (stably) and
/// written to the spill area as a run, and the result merges the runs. Without a spill area, or when
/// everything fits in one buffer, nothing is written and the result is an in-memory array.
/// Equal items keep the order they were added in, as LINQ's Order would.
/// </summary>
public sealed class ExternalSorter<T>(string name, IComparer<T> comparer, ISpillFormat<T> format, SpillArea? spill)
{
    private readonly List<string> _runs = [];
    private List<T> _buffer = [];
    private int _count;

    public int Count => _count;

    public void Add(T item)
    {
        _buffer.Add(item);
        _count++;
        if (spill is not null && _buffer.Count >= spill.ItemsPerRun)
        {
            Spill();
        }
    }

    /// <summary>The sorted items; the sorter must not be used afterwards.</summary>
    public SortedCollection<T> Complete()
    {
        if (_runs.Count == 0)
        {
            var sorted = _buffer.Order(comparer).ToArray();
            _buffer = [];
            return new SortedCollection<T>(sorted, comparer);
        }

        if (_buffer.Count > 0)
        {
            Spill();
        }

        return new SortedCollection<T>(spill!.FileSystem, [.. _runs], _count, comparer, format);
    }

    private void Spill()
    {
        var path = spill!.NewFile(name);
        using (var stream = spill.FileSystem.FileStream.New(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
        using (var writer = new BinaryWriter(stream))
        {
            // Each run starts with its item count, so the merge knows where a run ends without asking the file.
            writer.Write(_buffer.Count);
            foreach (var item in _buffer.Order(comparer))
            {
                format.Write(writer, item);
            }
        }

        _runs.Add(path);
        _buffer = [];
    }
}
