using System.IO.Abstractions;
using System.Security.Cryptography;
using System.Text;

namespace RiskReporting.Engine.Purge;

/// <summary>The SHA-256 of a folder as a purge records it: over one line <c>relative/path SHA256\n</c> per file, sorted by path.</summary>
internal static class FolderDigest
{
    public static string Of(IFileSystem fileSystem, string folder)
    {
        var lines = fileSystem.Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => (Path: fileSystem.Path.GetRelativePath(folder, f).Replace('\\', '/'), File: f))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .Select(f => $"{f.Path} {FileSha256(fileSystem, f.File)}\n");
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var line in lines)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(line));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static string FileSha256(IFileSystem fileSystem, string file)
    {
        using var stream = fileSystem.File.OpenRead(file);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
