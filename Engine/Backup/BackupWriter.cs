using System.IO.Abstractions;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;

namespace RiskReporting.Engine.Backup;

/// <summary>
/// The backup file as it is written: a zip on a seekable stream, each member hashed (SHA-256) from the very bytes written into it,
/// so that a file still being appended to (run.log) is recorded as copied; the manifest goes in last.
/// </summary>
internal sealed class BackupWriter(IFileSystem fileSystem, Stream stream) : IDisposable
{
    private readonly ZipArchive _zip = new(stream, ZipArchiveMode.Create, leaveOpen: true);
    private readonly List<BackupMember> _members = [];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    public IReadOnlyList<BackupMember> Members => _members;

    /// <summary>Adds the file under the member name (once: a second file for the same name is ignored); false when the file is gone.</summary>
    public bool Add(string name, string source)
    {
        if (_names.Contains(name) || !fileSystem.File.Exists(source))
        {
            return false;
        }

        using var input = fileSystem.File.Open(source, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var output = _zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        var (length, sha256) = HashingCopy.Copy(input, output);
        _names.Add(name);
        _members.Add(new BackupMember(name, length, sha256));
        return true;
    }

    public void AddManifest(BackupManifest manifest)
    {
        using var output = _zip.CreateEntry(BackupManifest.Name, CompressionLevel.Fastest).Open();
        JsonSerializer.Serialize(output, manifest, BackupJson.Options);
    }

    public void Dispose() => _zip.Dispose();
}
