using System.IO.Abstractions;
using RiskReporting.Core.Configuration;
using RiskReporting.Core.Spill;

namespace RiskReporting.Core.Files;

/// <summary>
/// What every host does with the work folder before it touches state: the folder is made (or narrowed to)
/// 0700, a SQLite state store is created 0600 before SQLite opens it (its journal and WAL files take the
/// database file's mode), and the spill a process killed outright left behind is removed.
/// </summary>
public static class WorkFolder
{
    /// <summary>Prepares the work folder and the state store's file; returns how many abandoned spill folders were removed.</summary>
    public static int Prepare(IFileSystem fileSystem, string workDirectory, ConnectionTarget stateStore)
    {
        PrivateFiles.EnsureFolder(fileSystem, workDirectory);
        if (stateStore.Kind == DatabaseKind.Sqlite)
        {
            PrivateFiles.CreateFolder(fileSystem, fileSystem.Path.GetDirectoryName(fileSystem.Path.GetFullPath(stateStore.Value))!);
            PrivateFiles.EnsureFile(fileSystem, stateStore.Value);
        }

        return SpillArea.RemoveAbandoned(fileSystem, workDirectory);
    }
}
