using System.Globalization;
using System.IO.Compression;
using RiskReporting.Core.Digests;
using RiskReporting.Core.Text;

namespace RiskReporting.IntegrationTests.Conformance;

/// <summary>Copies a package with one entry's text changed, written as PackageWriter writes (Deflate, time D 00:00, seekable file).</summary>
public static class PackageRewriter
{
    /// <param name="reindex">Recompute the .idx digests after the change, so that only the change itself is wrong.</param>
    public static string Rewrite(string package, string directory, string entrySuffix, Func<string, string> change, bool reindex = true,
        CompressionLevel level = CompressionLevel.Optimal)
    {
        var entries = new List<(string Name, byte[] Bytes)>();
        using (var zip = ZipFile.OpenRead(package))
        {
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                var bytes = copy.ToArray();
                entries.Add((entry.FullName, entry.FullName.EndsWith(entrySuffix, StringComparison.Ordinal)
                    ? Gb18030.Encoding.GetBytes(change(Gb18030.Encoding.GetString(bytes))) : bytes));
            }
        }

        if (reindex)
        {
            var index = entries.FindIndex(e => e.Name.EndsWith(".idx", StringComparison.Ordinal));
            entries[index] = (entries[index].Name, Reindexed(Gb18030.Encoding.GetString(entries[index].Bytes), entries));
        }

        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, Path.GetFileName(package));
        var stem = Path.GetFileNameWithoutExtension(package);
        var date = DateTime.ParseExact(stem.Split('_')[2], "yyyyMMdd", CultureInfo.InvariantCulture);
        using (var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite))
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create))
        {
            foreach (var (name, bytes) in entries)
            {
                var entry = zip.CreateEntry(name, level);
                entry.LastWriteTime = new DateTimeOffset(date, TimeSpan.Zero);
                using var stream = entry.Open();
                stream.Write(bytes);
            }
        }

        return path;
    }

    /// <summary>The index with each entry's SM3 taken from its current bytes and END recomputed; counts and control sums as they were.</summary>
    private static byte[] Reindexed(string index, List<(string Name, byte[] Bytes)> entries)
    {
        var lines = index.Split("\r\n").Where(l => l.Length > 0).SkipLast(1).Select(line =>
        {
            var fields = line.Split('|');
            var entry = entries.FirstOrDefault(e => e.Name == fields[0]);
            return entry.Bytes is null || fields.Length != 4 ? line : string.Join('|', fields[0], fields[1], fields[2], Sm3.Of(entry.Bytes));
        });
        var body = Gb18030.Encoding.GetBytes(string.Concat(lines.Select(l => l + "\r\n")));
        return [.. body, .. Gb18030.Encoding.GetBytes($"END|{Sm3.Of(body)}\r\n")];
    }
}
