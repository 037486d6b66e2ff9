using System.IO.Abstractions;
using RiskReporting.Core.Digests;
using RiskReporting.Core.Files;

namespace RiskReporting.Evidence.Store;

/// <summary>
/// Content-addressed evidence files under one folder: <c>{root}/{first two hex}/{SM3}</c>. A file is
/// copied to a temporary name while its SM3 is computed, inspected, and renamed to its digest, so the same
/// content is stored once and a refused or interrupted upload leaves nothing behind. Names the user gave
/// are never part of a path. The store's folders are 0700 and its files 0600 (<see cref="PrivateFiles"/>).
/// </summary>
public sealed class EvidenceStore(IFileSystem fileSystem, string root)
{
    /// <summary>Stores the file, or throws <see cref="EvidenceRejectedException"/> naming it (by <paramref name="label"/>, else its file name) and why.</summary>
    public StoredEvidence Add(string sourcePath, string? label = null)
    {
        label ??= fileSystem.Path.GetFileName(sourcePath);
        if (!fileSystem.File.Exists(sourcePath))
        {
            throw new EvidenceRejectedException(sourcePath, "找不到文件 (no such file)");
        }

        var length = fileSystem.FileInfo.New(sourcePath).Length;
        if (length > EvidenceLimits.MaxFileBytes)
        {
            throw new EvidenceRejectedException(label, $"{length / 1024.0 / 1024.0:0.0} MiB，超过单个证明材料 (evidence file) 允许的 20 MiB");
        }

        if (length == 0)
        {
            throw new EvidenceRejectedException(label, "文件为空 (empty)");
        }

        var incoming = fileSystem.Path.Combine(root, "incoming");
        PrivateFiles.CreateFolder(fileSystem, incoming);
        var temporary = fileSystem.Path.Combine(incoming, Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            var sm3 = CopyAndDigest(sourcePath, temporary, label);
            var kind = Inspect(temporary, label);
            var target = PathOf(sm3);
            PrivateFiles.CreateFolder(fileSystem, fileSystem.Path.GetDirectoryName(target)!);
            if (!fileSystem.File.Exists(target))
            {
                fileSystem.File.Move(temporary, target);
            }

            return new StoredEvidence(sm3, kind, length);
        }
        finally
        {
            if (fileSystem.File.Exists(temporary))
            {
                fileSystem.File.Delete(temporary);
            }
        }
    }

    private Disputes.EvidenceKind Inspect(string path, string label)
    {
        using var copy = fileSystem.FileStream.New(path, FileMode.Open, FileAccess.Read);
        var (kind, refusal) = ContentInspector.Inspect(copy);
        return kind ?? throw new EvidenceRejectedException(label, refusal!);
    }

    public Stream Open(string sm3) => fileSystem.FileStream.New(PathOf(sm3), FileMode.Open, FileAccess.Read, FileShare.Read);

    private string PathOf(string sm3) =>
        sm3.Length == 64 && sm3.All(char.IsAsciiHexDigitLower)
            ? fileSystem.Path.Combine(root, sm3[..2], sm3)
            : throw new ArgumentException($"'{sm3}' is not an SM3 digest.", nameof(sm3));

    private string CopyAndDigest(string sourcePath, string temporary, string label)
    {
        using var source = fileSystem.FileStream.New(sourcePath, FileMode.Open, FileAccess.Read, FileShare.Read);
        using var target = fileSystem.FileStream.New(temporary, PrivateFiles.Options(FileMode.CreateNew, FileAccess.Write, FileShare.None));
        using var digesting = new DigestingStream(target);
        var buffer = new byte[81920];
        int read;
        while ((read = source.Read(buffer)) > 0)
        {
            digesting.Write(buffer.AsSpan(0, read));
            if (digesting.BytesWritten > EvidenceLimits.MaxFileBytes)
            {
                // The file grew after its length was checked.
                throw new EvidenceRejectedException(label, "超过单个证明材料 (evidence file) 允许的 20 MiB");
            }
        }

        return digesting.Digest();
    }
}
