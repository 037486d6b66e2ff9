using System.IO.Abstractions;

namespace RiskReporting.Core.Spill;

/// <summary>
/// The folder a run spills sorted runs into, and the memory budget its sorters share: together they hold
/// at most <see cref="RecordsInMemory"/> items; past it, the sorter holding most sorts and spills its
/// items as a run. Its files live as long as the area: disposing it deletes the folder, and a run killed
/// before that leaves a folder the next run of the batch clears.
/// </summary>
public sealed class SpillArea : IDisposable
{
    private readonly IFileSystem _fileSystem;
    private readonly List<ISpillingSorter> _sorters = [];
    private int _files;
    private long _held;

    public SpillArea(IFileSystem fileSystem, string directory)
    {
        _fileSystem = fileSystem;
        Directory = directory;
        if (fileSystem.Directory.Exists(directory))
        {
            fileSystem.Directory.Delete(directory, recursive: true);
        }

        fileSystem.Directory.CreateDirectory(directory);
    }

    public string Directory { get; }

    /// <summary>Items all sorters of the area hold in memory together; a part smaller than this may never touch the disk.</summary>
    public int RecordsInMemory { get; init; } = 100_000;

    /// <summary>Runs a part is read from at once; a part with more is first merged down in passes, so that open files stay few.</summary>
    public int MaxRunsPerMerge { get; init; } = 128;

    internal IFileSystem FileSystem => _fileSystem;

    internal string NewFile(string name) =>
        _fileSystem.Path.Combine(Directory, $"{Interlocked.Increment(ref _files):D5}-{name}.run");

    internal void Register(ISpillingSorter sorter) => _sorters.Add(sorter);

    internal void Unregister(ISpillingSorter sorter)
    {
        _sorters.Remove(sorter);
        _held -= sorter.Held;
    }

    /// <summary>One more item held; when the budget is spent, the largest holder spills.</summary>
    internal void Hold()
    {
        if (++_held < RecordsInMemory)
        {
            return;
        }

        var largest = _sorters.MaxBy(s => s.Held)!;
        _held -= largest.Held;
        largest.Spill();
    }

    public void Dispose()
    {
        if (_fileSystem.Directory.Exists(Directory))
        {
            _fileSystem.Directory.Delete(Directory, recursive: true);
        }
    }
}
