using System.IO.Abstractions;
using RiskReporting.Core.Files;

namespace RiskReporting.Identity.Sessions;

/// <summary>
/// Where the CLI keeps its session token: the file <c>RISKREPORT_SESSION</c> names, else
/// <c>~/.config/riskreport/session</c>; written 0600 (folder 0700) to a temporary name and renamed.
/// </summary>
public sealed class SessionFile(IFileSystem fileSystem, string path)
{
    public const string Variable = "RISKREPORT_SESSION";

    public string Path => path;

    public static string DefaultPath(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (environment(Variable) is { Length: > 0 } chosen)
        {
            return System.IO.Path.GetFullPath(chosen);
        }

        var home = environment("HOME") is { Length: > 0 } h ? h : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return System.IO.Path.Combine(home, ".config", "riskreport", "session");
    }

    public string? Read() => fileSystem.File.Exists(path) ? fileSystem.File.ReadAllText(path).Trim() : null;

    public void Write(string token)
    {
        PrivateFiles.CreateFolder(fileSystem, fileSystem.Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        using (var stream = fileSystem.FileStream.New(temporary, PrivateFiles.Options(FileMode.Create, FileAccess.Write, FileShare.None)))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(token + "\n");
        }

        if (!OperatingSystem.IsWindows())
        {
            fileSystem.File.SetUnixFileMode(temporary, PrivateFiles.FileMode);
        }

        fileSystem.File.Move(temporary, path, overwrite: true);
    }

    public void Delete()
    {
        if (fileSystem.File.Exists(path))
        {
            fileSystem.File.Delete(path);
        }
    }
}
