namespace RiskReporting.Core.Spill;

/// <summary>
/// Sorts more items than memory should hold: items are buffered, and whenever the spill area's budget is
/// spent the largest buffer is sorted (stably) and written to the area as a run; the result merges the
/// runs. Without a spill area, or when everything fits in memory, nothing is written and the result is an
/// in-memory array. Equal items keep the order they were added in, as LINQ's Order would.
/// </summary>
public sealed class ExternalSorter<T> : ISpillingSorter
{
    private readonly string _name;
    private readonly IComparer<T> _comparer;
    private readonly ISpillFormat<T> _format;
    private readonly SpillArea? _spill;
    private readonly List<string> _runs = [];
    private List<T> _buffer = [];

    public ExternalSorter(string name, IComparer<T> comparer, ISpillFormat<T> format, SpillArea? spill)
    {
        (_name, _comparer, _format, _spill) = (name, comparer, format, spill);
        spill?.Register(this);
    }

    public int Count { get; private set; }

    int ISpillingSorter.Held => _buffer.Count;

    public void Add(T item)
    {
        _buffer.Add(item);
        Count++;
        _spill?.Hold();
    }

    /// <summary>The sorted items; the sorter must not be used afterwards.</summary>
    public SortedCollection<T> Complete()
    {
        _spill?.Unregister(this);
        if (_runs.Count == 0)
        {
            var sorted = _buffer.Order(_comparer).ToArray();
            _buffer = [];
            return new SortedCollection<T>(sorted, _comparer);
        }

        if (_buffer.Count > 0)
        {
            Spill();
        }

        return new SortedCollection<T>(_spill!.FileSystem, [.. _runs], Count, _comparer, _format);
    }

    void ISpillingSorter.Spill() => Spill();

    private void Spill()
    {
        var path = _spill!.NewFile(_name);
        using (var stream = _spill.FileSystem.FileStream.New(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
        using (var writer = new BinaryWriter(stream))
        {
            // Each run starts with its item count, so the merge knows where a run ends without asking the file.
            writer.Write(_buffer.Count);
            foreach (var item in _buffer.Order(_comparer))
            {
                _format.Write(writer, item);
            }
        }

        _runs.Add(path);
        _buffer = [];
    }
}
