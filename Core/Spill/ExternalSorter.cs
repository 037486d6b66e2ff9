using System.IO.Abstractions;

namespace RiskReporting.Core.Spill;

/// <summary>
/// Sorts more items than memory should hold: items are buffered, and whenever the spill area's budget is
/// spent the largest buffer is sorted (stably) and written to the area as a run, on another thread while
/// the items after it arrive (<see cref="SpillArea.Behind"/>); the result merges the runs. Without a spill area, or when everything fits in memory, nothing is written and the result is an
/// in-memory array. Equal items keep the order they were added in, as LINQ's Order would.
/// </summary>
public sealed class ExternalSorter<T> : ISpillingSorter
{
    private readonly string _name;
    private readonly IComparer<T> _comparer;
    private readonly ISpillFormat<T> _format;
    private readonly SpillArea? _spill;
    private readonly List<(string Path, int Count)> _runs = [];
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
        _spill?.Drain();
        if (_runs.Count == 0)
        {
            var sorted = StableSort.Of(_buffer, _comparer);
            _buffer = [];
            return new SortedCollection<T>(sorted, _comparer);
        }

        if (_buffer.Count > 0)
        {
            Spill();
            _spill!.Drain();
        }

        while (_runs.Count > _spill!.MaxRunsPerMerge)
        {
            MergeEarliestRuns();
        }

        return new SortedCollection<T>(_spill.FileSystem, [.. _runs.Select(r => r.Path)], Count, _comparer, _format);
    }

    /// <summary>
    /// Merges the earliest runs into one that takes their place at the front: items that tie keep their
    /// order, since everything in the merged run was added before anything in the runs after it.
    /// </summary>
    private void MergeEarliestRuns()
    {
        var earliest = _runs.Take(_spill!.MaxRunsPerMerge).ToArray();
        var merged = new SortedCollection<T>(_spill.FileSystem, [.. earliest.Select(r => r.Path)], earliest.Sum(r => r.Count), _comparer, _format);
        var (path, stream) = NewRun();
        Write(stream, merged, merged.Count);
        foreach (var run in earliest)
        {
            _spill.FileSystem.File.Delete(run.Path);
        }

        _runs.RemoveRange(0, earliest.Length);
        _runs.Insert(0, (path, merged.Count));
    }

    void ISpillingSorter.Spill() => Spill();

    /// <summary>
    /// Hands the items held to the area's writer thread, to be sorted and written as the next run; the run's file and its place
    /// among the runs are taken here, so the runs keep the order their items arrived in, whichever thread writes them.
    /// </summary>
    private void Spill()
    {
        _spill!.Drain();
        var (items, (path, stream)) = (_buffer, NewRun());
        _buffer = [];
        _runs.Add((path, items.Count));
        _spill.Behind(() => Write(stream, StableSort.Of(items, _comparer), items.Count));
    }

    private (string Path, FileSystemStream Stream) NewRun()
    {
        var path = _spill!.NewFile(_name);
        return (path, _spill.FileSystem.FileStream.New(path, Files.PrivateFiles.Options(FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16)));
    }

    private void Write(FileSystemStream stream, IEnumerable<T> sorted, int count)
    {
        using (stream)
        using (var writer = new BinaryWriter(stream))
        {
            // Each run starts with its item count, so the merge knows where a run ends without asking the file.
            writer.Write(count);
            foreach (var item in sorted)
            {
                _format.Write(writer, item);
            }
        }
    }
}
