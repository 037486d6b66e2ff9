using System.IO.Abstractions;
using RiskReporting.Core.Files;

namespace RiskReporting.Core.Spill;

/// <summary>
/// The folder a run spills sorted runs into, and the memory budget its sorters share: together they hold
/// at most <see cref="RecordsInMemory"/> items; past it, the sorter holding most sorts and spills its
/// items as a run. The spilled records hold personal data, so the folder is 0700 and its files 0600, and
/// they live as long as the area: disposing it deletes the folder, so does the end of the process
/// (<see cref="AppDomain.ProcessExit"/>, raised on SIGTERM), and a process killed outright leaves a folder
/// that <see cref="RemoveAbandoned"/> clears when the next process starts. The area holds an exclusive lock
/// on its <see cref="OwnerFile"/> while it lives, so that sweep never touches the folder of a live run.
/// </summary>
public sealed class SpillArea : IDisposable
{
    /// <summary>The file in a spill folder that its living area holds locked.</summary>
    public const string OwnerFile = ".spill-owner";

    private readonly IFileSystem _fileSystem;
    private readonly FileSystemStream _owner;
    private int _disposed;
    private readonly List<ISpillingSorter> _sorters = [];
    private int _files;
    private long _held;
    private Task _behind = Task.CompletedTask;

    public SpillArea(IFileSystem fileSystem, string directory)
    {
        _fileSystem = fileSystem;
        Directory = directory;
        if (fileSystem.Directory.Exists(directory))
        {
            fileSystem.Directory.Delete(directory, recursive: true);
        }

        PrivateFiles.CreateFolder(fileSystem, directory);
        _owner = fileSystem.FileStream.New(fileSystem.Path.Combine(directory, OwnerFile), PrivateFiles.Options(FileMode.CreateNew, FileAccess.Write, FileShare.None));
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
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

    /// <summary>
    /// Starts <paramref name="write"/> on another thread, so that a run is sorted and written while the items after it keep arriving
    /// on the caller's (issue #16). One run is written at a time: the caller first waits for the one before (<see cref="Drain"/>), so
    /// the area holds at most its budget and one run being written.
    /// </summary>
    internal void Behind(Action write) =>
        _behind = Task.Factory.StartNew(write, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>Waits for the run being written, and raises its failure (a full disk, …) on the caller's thread.</summary>
    internal void Drain()
    {
        var behind = _behind;
        _behind = Task.CompletedTask;
        behind.GetAwaiter().GetResult();
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
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        try
        {
            // A run still being written would hold its file; its failure no longer matters, since nothing will read it.
            _behind.Wait();
        }
        catch (AggregateException)
        {
        }

        _owner.Dispose();
        if (_fileSystem.Directory.Exists(Directory))
        {
            _fileSystem.Directory.Delete(Directory, recursive: true);
        }
    }

    /// <summary>
    /// Deletes the spill folders under the work folder (a run's <c>YYYYMM/BATCH/spill</c>, a preview's
    /// <c>preview-*</c>) that no living area holds: what a process killed outright left behind.
    /// </summary>
    public static int RemoveAbandoned(IFileSystem fileSystem, string workDirectory) => SpillSweep.RemoveAbandoned(fileSystem, workDirectory);

    private void OnProcessExit(object? sender, EventArgs e)
    {
        try
        {
            Dispose();
        }
        catch (IOException)
        {
            // A writer still holds a file at exit; the next start's sweep removes the folder.
        }
    }
}
