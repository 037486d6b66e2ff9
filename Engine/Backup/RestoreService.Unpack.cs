using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;

namespace RiskReporting.Engine.Backup;

/// <summary>Unpacking a backup: all or nothing, each member's bytes checked against its manifest entry as they are written.</summary>
public sealed partial class RestoreService
{
    private BackupManifest Unpack(string source, string target)
    {
        var temporary = target + ".restoring.tmp";
        Remove(temporary);
        try
        {
            var manifest = UnpackInto(source, temporary);
            if (fileSystem.Directory.Exists(target))
            {
                fileSystem.Directory.Delete(target);
            }

            fileSystem.Directory.Move(temporary, target);
            return manifest;
        }
        catch
        {
            Remove(temporary);
            throw;
        }
    }

    private BackupManifest UnpackInto(string source, string folder)
    {
        try
        {
            using var stream = fileSystem.File.OpenRead(source);
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            var manifest = ReadManifest(source, zip);
            var listed = manifest.Members.ToDictionary(m => m.Name, StringComparer.Ordinal);
            if (zip.Entries.FirstOrDefault(e => e.FullName != BackupManifest.Name && !listed.ContainsKey(e.FullName)) is { } extra)
            {
                throw Rejected(source, $"成员 {extra.FullName} 不在清单中");
            }

            foreach (var member in manifest.Members)
            {
                var entry = zip.GetEntry(member.Name) ?? throw Rejected(source, $"清单列出的成员 {member.Name} 不在文件中");
                var path = BackupLayout.RestoredPath(folder, member.Name) ?? throw Rejected(source, $"成员名 {member.Name} 不是备份的成员");
                var (length, sha256) = Write(entry, path);
                if (length != member.Length || sha256 != member.Sha256)
                {
                    throw Rejected(source, $"{member.Name} 的 SHA-256 为 {sha256}（{length} 字节），清单记录为 {member.Sha256}（{member.Length} 字节）");
                }
            }

            if (manifest.StoreKind != "sqlite")
            {
                throw new RefusalException(RefusalCode.InvalidInput,
                    $"{source} 是 PostgreSQL 状态库的备份（state.sql，由 pg_dump 写出）：restore 只恢复 SQLite 状态库；请用 psql 将 state.sql 载入一个空数据库，并将 Engine:StateStore 指向它。");
            }

            return manifest;
        }
        catch (InvalidDataException e)
        {
            throw Rejected(source, "不是完好的备份文件（" + e.Message + "）");
        }
    }

    private static BackupManifest ReadManifest(string source, ZipArchive zip)
    {
        var entry = zip.GetEntry(BackupManifest.Name) ?? throw Rejected(source, "没有清单 manifest.json");
        try
        {
            using var input = entry.Open();
            var manifest = JsonSerializer.Deserialize<BackupManifest>(input, BackupJson.Options);
            return manifest is { Format: BackupManifest.CurrentFormat, Members: not null } ? manifest : throw Rejected(source, "清单格式不受支持");
        }
        catch (JsonException e)
        {
            throw Rejected(source, "清单无法读取（" + e.Message + "）");
        }
    }

    private (long Length, string Sha256) Write(ZipArchiveEntry entry, string path)
    {
        fileSystem.Directory.CreateDirectory(fileSystem.Path.GetDirectoryName(path)!);
        using var input = entry.Open();
        using var output = fileSystem.File.Create(path);
        return HashingCopy.Copy(input, output);
    }

    private void Remove(string folder)
    {
        if (fileSystem.Directory.Exists(folder))
        {
            fileSystem.Directory.Delete(folder, recursive: true);
        }
    }

    private static RefusalException Rejected(string source, string why) =>
        new(RefusalCode.RejectedFile, $"备份文件 {source} 未通过校验，未恢复任何内容：{why}。");
}
