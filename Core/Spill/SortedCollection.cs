using System.Collections;
using System.IO.Abstractions;

namespace RiskReporting.Core.Spill;

/// <summary>
/// Sorted items that can be read as often as needed: from memory, or by merging the sorted runs an
/// <see cref="ExternalSorter{T}"/> spilled, holding one item per run. Ties go to the earlier run, so the
/// merge keeps the order items were added in.
/// </summary>
public sealed class SortedCollection<T> : IReadOnlyCollection<T>
{
    private readonly T[]? _items;
    private readonly IFileSystem? _fileSystem;
    private readonly string[] _runs = [];
    private readonly IComparer<T> _comparer;
    private readonly ISpillFormat<T>? _format;

    internal SortedCollection(T[] items, IComparer<T> comparer)
    {
        _items = items;
        _comparer = comparer;
        Count = items.Length;
    }

    internal SortedCollection(IFileSystem fileSystem, string[] runs, int count, IComparer<T> comparer, ISpillFormat<T> format)
    {
        _fileSystem = fileSystem;
        _runs = runs;
        _comparer = comparer;
        _format = format;
        Count = count;
    }

    public int Count { get; }

    /// <summary>How many sorted runs were written to disk (0 when the items stayed in memory).</summary>
    public int SpilledRuns => _runs.Length;

    public IEnumerator<T> GetEnumerator() => _items is not null ? ((IEnumerable<T>)_items).GetEnumerator() : Merge().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// Hands each spilled run to <paramref name="visit"/> with its item count, run after run: for a fold over every item that needs
    /// neither their order nor most of their values, and so neither the merge nor a string per value (issue #16).
    /// </summary>
    internal void VisitRuns(Action<SpillReader, int> visit)
    {
        foreach (var run in _runs)
        {
            using var reader = Open(run);
            visit(reader, reader.ReadInt32());
        }
    }

    /// <summary>A spilled run to read from its start; the file stream is unbuffered, the reader buffers.</summary>
    private SpillReader Open(string run) => new(_fileSystem!.FileStream.New(run, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1));

    private IEnumerable<T> Merge()
    {
        var readers = new List<SpillReader>(_runs.Length);
        var remaining = new int[_runs.Length];
        try
        {
            var heads = new PriorityQueue<int, (T Item, int Run)>(_runs.Length, Comparer<(T Item, int Run)>.Create(CompareHeads));
            foreach (var run in _runs)
            {
                var reader = Open(run);
                readers.Add(reader);
                remaining[readers.Count - 1] = reader.ReadInt32();
                Advance(readers.Count - 1);
            }

            while (heads.TryDequeue(out var run, out var head))
            {
                yield return head.Item;
                Advance(run);
            }

            void Advance(int run)
            {
                if (remaining[run]-- > 0)
                {
                    heads.Enqueue(run, (_format!.Read(readers[run]), run));
                }
            }
        }
        finally
        {
            readers.ForEach(r => r.Dispose());
        }
    }

    private int CompareHeads((T Item, int Run) x, (T Item, int Run) y)
    {
        var c = _comparer.Compare(x.Item, y.Item);
        return c != 0 ? c : x.Run.CompareTo(y.Run);
    }
}
