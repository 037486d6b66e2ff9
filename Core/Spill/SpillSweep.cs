using System.IO.Abstractions;

namespace RiskReporting.Core.Spill;

/// <summary>Finds the spill folders a killed process left under the work folder and removes those no living area holds.</summary>
internal static class SpillSweep
{
    private static readonly EnumerationOptions UpToRunFolders = new() { RecurseSubdirectories = true, MaxRecursionDepth = 2, IgnoreInaccessible = true };

    public static int RemoveAbandoned(IFileSystem fileSystem, string workDirectory)
    {
        if (!fileSystem.Directory.Exists(workDirectory))
        {
            return 0;
        }

        var removed = 0;
        foreach (var folder in fileSystem.Directory.EnumerateDirectories(workDirectory, "*", UpToRunFolders).ToList())
        {
            if (IsSpillFolder(fileSystem, folder) && !IsHeld(fileSystem, folder))
            {
                fileSystem.Directory.Delete(folder, recursive: true);
                removed++;
            }
        }

        return removed;
    }

    /// <summary>
    /// A folder an area made: it has the owner file. (A folder without one is not touched: it may be an area
    /// between creating its folder and its owner file; the next run of its batch clears it.)
    /// </summary>
    private static bool IsSpillFolder(IFileSystem fileSystem, string folder) =>
        fileSystem.File.Exists(fileSystem.Path.Combine(folder, SpillArea.OwnerFile));

    private static bool IsHeld(IFileSystem fileSystem, string folder)
    {
        var owner = fileSystem.Path.Combine(folder, SpillArea.OwnerFile);
        try
        {
            using (fileSystem.FileStream.New(owner, FileMode.Open, FileAccess.Read, FileShare.None))
            {
                return false;
            }
        }
        catch (IOException)
        {
            return true;
        }
    }
}
