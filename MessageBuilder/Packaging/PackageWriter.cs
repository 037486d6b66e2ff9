using RiskReporting.Core.Digests;
using System.Globalization;
using System.IO.Abstractions;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using RiskReporting.Core.Amounts;
using RiskReporting.Core.Reports;
using RiskReporting.Core.Text;
using RiskReporting.MessageBuilder.Xml;

namespace RiskReporting.MessageBuilder.Packaging;

/// <summary>
/// Writes the message package {ORG}_KHFX_{D}_{BATCH}.zip: the report files B1–B5, the index last. The
/// zip goes to a seekable file so that CRCs and sizes stand in the local headers (no data descriptors),
/// every entry is Deflate with the time D 00:00:00, and the file is written under a temporary name and
/// renamed when complete. Same records, same bytes.
/// </summary>
public sealed class PackageWriter(IFileSystem fileSystem)
{
    /// <param name="recordsWritten">Told the number of records written so far, every <see cref="ProgressEvery"/> records and at the end.</param>
    /// <param name="cancellationToken">Checked between records; a cancelled package leaves no file behind, not even its temporary one.</param>
    public PackageResult Write(string directory, MessageHeader header, ReportRecords records, Corrections.CorrectionContent? correction = null,
        IProgress<long>? recordsWritten = null, CancellationToken cancellationToken = default) =>
        Write(directory, header, part => PartContent.Of(part, records[part.Code]), correction, recordsWritten, cancellationToken);

    /// <summary>How often, in records, progress is reported.</summary>
    public const int ProgressEvery = 10_000;

    /// <summary>Writes from a source of parts: each part's records are enumerated once, so a streamed sequence keeps memory flat.</summary>
    public PackageResult Write(string directory, MessageHeader header, Func<PartDefinition, PartContent> parts, Corrections.CorrectionContent? correction = null,
        IProgress<long>? recordsWritten = null, CancellationToken cancellationToken = default)
    {
        if ((header.Batch > 1) != (correction is not null))
        {
            throw new ArgumentException("A batch after 01 carries a correction file, and only such a batch does.", nameof(correction));
        }

        // No package is ever written under an ORG the regulator's client rejects (message-format.md: 15 × [0-9A-Z]).
        if (header.Org.Length != 15 || !header.Org.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c)))
        {
            throw new ArgumentException($"ORG '{header.Org}' is not 15 characters of [0-9A-Z]; no package is written.", nameof(header));
        }

        fileSystem.Directory.CreateDirectory(directory);
        var path = fileSystem.Path.Combine(directory, header.PackageStem + ".zip");
        var temporary = path + ".tmp";
        try
        {
            var entries = WriteZip(temporary, header, new RecordCounter(recordsWritten, cancellationToken).Watch(parts), correction);
            fileSystem.File.Move(temporary, path, overwrite: true);
            recordsWritten?.Report(entries.Sum(e => e.Records));
            return new PackageResult(path, Sha256Of(path), entries);
        }
        catch
        {
            // Cancelled or failed midway: no partial package, and no temporary file, stays in the run folder.
            if (fileSystem.File.Exists(temporary))
            {
                fileSystem.File.Delete(temporary);
            }

            throw;
        }
    }

    private List<PackageEntry> WriteZip(string temporary, MessageHeader header, Func<PartDefinition, PartContent> parts, Corrections.CorrectionContent? correction)
    {
        var entries = new List<PackageEntry>();
        var entryTime = new DateTimeOffset(header.Period.DataDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        using (var file = fileSystem.FileStream.New(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None))
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: false))
        {
            foreach (var report in ReportParts.Reports)
            {
                var contents = ReportParts.All.Where(p => p.Report == report).Select(parts).ToList();
                var name = header.ReportFileName(report);
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = entryTime;
                using var stream = entry.Open();
                using var digesting = new DigestingStream(stream);
                var (count, control) = WritePipelined(digesting, pipe => ReportFileWriter.Write(pipe, header, report, contents));
                entries.Add(new PackageEntry(name, count, control, digesting.Digest(), digesting.BytesWritten));
            }

            if (correction is not null)
            {
                var name = header.PackageStem + "_CORR.xml";
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = entryTime;
                using var stream = entry.Open();
                using var digesting = new DigestingStream(stream);
                Corrections.CorrectionFileWriter.Write(digesting, header, correction);
                entries.Add(new PackageEntry(name, 0, 0m, digesting.Digest(), digesting.BytesWritten));
            }

            var index = zip.CreateEntry(header.PackageStem + ".idx", CompressionLevel.Optimal);
            index.LastWriteTime = entryTime;
            using var indexStream = index.Open();
            indexStream.Write(IndexFile(header, entries));
        }

        return entries;
    }

    /// <summary>Formats on this thread while the entry's SM3 and Deflate run on another (<see cref="PipelinedStream"/>).</summary>
    private static T WritePipelined<T>(Stream target, Func<Stream, T> write)
    {
        using var pipe = new PipelinedStream(target);
        var result = write(pipe);
        pipe.Complete();
        return result;
    }

    /// <summary>The .idx: header, one line per entry in package order, and END with the SM3 of all lines above.</summary>
    public static byte[] IndexFile(MessageHeader header, IReadOnlyList<PackageEntry> entries)
    {
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"KHFX|{header.Org}|{header.Period.DataDateText}|{header.BatchText}|{ReportFileWriter.SpecVersion}|{entries.Count}\r\n");
        foreach (var entry in entries)
        {
            text.Append(CultureInfo.InvariantCulture, $"{entry.Name}|{entry.Records}|{MessageFormat.Amount(entry.Control)}|{entry.Sm3}\r\n");
        }

        var body = Gb18030.Encoding.GetBytes(text.ToString());
        return [.. body, .. Gb18030.Encoding.GetBytes($"END|{Sm3.Of(body)}\r\n")];
    }

    /// <summary>The SHA-256 of a package file as recorded when it was built; approval checks a package against it with this same function.</summary>
    public string Sha256Of(string path)
    {
        using var stream = fileSystem.File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
