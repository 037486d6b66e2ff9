using System.IO.Abstractions;

namespace RiskReporting.Core.Spill;

/// <summary>
/// The folder a run spills sorted runs into. Its files live as long as the area: disposing it deletes
/// the folder, and a run killed before that leaves a folder the next run of the batch clears.
/// </summary>
public sealed class SpillArea : IDisposable
{
    private readonly IFileSystem _fileSystem;
    private int _files;

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

    /// <summary>Items sorted in memory before a run is spilled; a part smaller than this never touches the disk.</summary>
    public int ItemsPerRun { get; init; } = 50_000;

    internal IFileSystem FileSystem => _fileSystem;

    internal string NewFile(string name) =>
        _fileSystem.Path.Combine(Directory, $"{Interlocked.Increment(ref _files):D5}-{name}.run");

    public void Dispose()
    {
        if (_fileSystem.Directory.Exists(Directory))
        {
            _fileSystem.Directory.Delete(Directory, recursive: true);
        }
    }
}
