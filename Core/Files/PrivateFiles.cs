using System.IO.Abstractions;

namespace RiskReporting.Core.Files;

/// <summary>
/// Folders and files that hold personal data (the work folder, state store, evidence store, spill) are the
/// engine account's alone: folders 0700, files 0600, set as they are created (never created open and then
/// narrowed) and narrowed again when an older installation left them wider. Windows has no Unix modes; there
/// the folder's inherited ACL decides, as the runbook says.
/// </summary>
public static class PrivateFiles
{
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the folder and any missing parent with mode 0700 (an existing folder keeps its mode).</summary>
    public static void CreateFolder(IFileSystem fileSystem, string path)
    {
        if (OperatingSystem.IsWindows())
        {
            fileSystem.Directory.CreateDirectory(path);
        }
        else
        {
            // CreateDirectory applies the mode to the last folder only; each missing parent is made 0700 too.
            var missing = new Stack<string>();
            for (var folder = fileSystem.Path.GetFullPath(path); !fileSystem.Directory.Exists(folder); folder = fileSystem.Path.GetDirectoryName(folder)!)
            {
                missing.Push(folder);
            }

            while (missing.TryPop(out var folder))
            {
                fileSystem.Directory.CreateDirectory(folder, FolderMode);
            }
        }
    }

    /// <summary>Creates the folder 0700 if missing and narrows it to 0700 if it exists wider.</summary>
    public static void EnsureFolder(IFileSystem fileSystem, string path)
    {
        CreateFolder(fileSystem, path);
        if (!OperatingSystem.IsWindows())
        {
            fileSystem.File.SetUnixFileMode(path, FolderMode);
        }
    }

    /// <summary>Creates the file empty with mode 0600 when it is missing, and narrows it to 0600 when it exists.</summary>
    public static void EnsureFile(IFileSystem fileSystem, string path)
    {
        using (fileSystem.FileStream.New(path, Options(System.IO.FileMode.OpenOrCreate, FileAccess.Write, FileShare.ReadWrite)))
        {
        }

        if (!OperatingSystem.IsWindows())
        {
            fileSystem.File.SetUnixFileMode(path, FileMode);
        }
    }

    /// <summary>Options that create a file with mode 0600.</summary>
    public static FileStreamOptions Options(System.IO.FileMode mode, FileAccess access, FileShare share, int bufferSize = 4096)
    {
        var options = new FileStreamOptions { Mode = mode, Access = access, Share = share, BufferSize = bufferSize };
        if (!OperatingSystem.IsWindows() && mode is not System.IO.FileMode.Open and not System.IO.FileMode.Truncate && access != FileAccess.Read)
        {
            options.UnixCreateMode = FileMode;
        }

        return options;
    }
}
