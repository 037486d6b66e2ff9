using System.Globalization;
using System.IO.Abstractions;
using System.IO.Compression;
using System.Text;
using RiskReporting.Core.Digests;
using RiskReporting.Evidence.Disputes;
using RiskReporting.Core.Text;
using RiskReporting.Evidence.Store;

namespace RiskReporting.Evidence.Response;

/// <summary>
/// Writes the response package <c>{ORG}_YZXHF_{D}_{BATCH}_{ROUND}.zip</c> (disputes.md): the answers, the
/// evidence files in notice and upload order, the index last; Deflate on a seekable file (no data
/// descriptors), every entry dated the notice's due date 00:00:00, written to a temporary name and renamed.
/// </summary>
public sealed class ResponsePackageWriter(IFileSystem fileSystem, EvidenceStore store)
{
    public string Write(string directory, DisputeNotice notice, IReadOnlyList<ResponseItem> items)
    {
        fileSystem.Directory.CreateDirectory(directory);
        var path = fileSystem.Path.Combine(directory, notice.ResponseStem + ".zip");
        var temporary = path + ".tmp";
        var time = new DateTimeOffset(notice.DueDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var index = new List<(string Name, long Bytes, string Sm3)>();
        try
        {
            using (var file = fileSystem.FileStream.New(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None))
            using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: false))
            {
                var answers = Gb18030.Encoding.GetBytes(AnswerText(notice, items));
                index.Add(Add(zip, notice.ResponseStem + ".txt", time, new MemoryStream(answers)));
                foreach (var item in items)
                {
                    foreach (var (evidence, number) in item.Files.Select((f, i) => (f, i + 1)))
                    {
                        using var content = store.Open(evidence.Sm3);
                        index.Add(Add(zip, EvidenceEntryName.Of(item.Item.DisputeId, number, evidence.OriginalName), time, content));
                    }
                }

                using var indexContent = new MemoryStream(IndexFile(notice, index));
                Add(zip, notice.ResponseStem + ".idx", time, indexContent);
            }

            fileSystem.File.Move(temporary, path, overwrite: true);
            return path;
        }
        finally
        {
            if (fileSystem.File.Exists(temporary))
            {
                fileSystem.File.Delete(temporary);
            }
        }
    }

    /// <summary>The answers file: header, then one line per item in notice order.</summary>
    public static string AnswerText(DisputeNotice notice, IReadOnlyList<ResponseItem> items)
    {
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"YZXHF|{notice.Org}|{notice.Period.DataDateText}|{notice.Batch:D2}|{notice.Round:D2}|{items.Count}\r\n");
        foreach (var (item, answer, files) in items)
        {
            var corrected = answer.Result == DisputeResult.Corrected ? OneLine(answer.CorrectedValue ?? string.Empty) : string.Empty;
            var changed = answer.Result == DisputeResult.Corrected && answer.ChangeDate is { } day ? day.ToString("yyyyMMdd", CultureInfo.InvariantCulture) : string.Empty;
            var names = string.Join(';', files.Select((f, i) => EvidenceEntryName.Of(item.DisputeId, i + 1, f.OriginalName)));
            text.Append(CultureInfo.InvariantCulture, $"{item.DisputeId}|{(int)answer.Result}|{corrected}|{changed}|{OneLine(answer.Explanation)}|{names}\r\n");
        }

        return text.ToString();
    }

    private static byte[] IndexFile(DisputeNotice notice, List<(string Name, long Bytes, string Sm3)> entries)
    {
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"KHFX-YZXHF|{notice.Org}|{notice.Period.DataDateText}|{notice.Batch:D2}|{notice.Round:D2}|{entries.Count}\r\n");
        foreach (var (name, bytes, sm3) in entries)
        {
            text.Append(CultureInfo.InvariantCulture, $"{name}|{bytes}|{sm3}\r\n");
        }

        var body = Gb18030.Encoding.GetBytes(text.ToString());
        return [.. body, .. Gb18030.Encoding.GetBytes($"END|{Sm3.Of(body)}\r\n")];
    }

    private static (string Name, long Bytes, string Sm3) Add(ZipArchive zip, string name, DateTimeOffset time, Stream content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = time;
        using var stream = entry.Open();
        using var digesting = new DigestingStream(stream);
        content.CopyTo(digesting);
        return (name, digesting.BytesWritten, digesting.Digest());
    }

    /// <summary>'|', CR and LF would break the line format; the spec has them written as a space.</summary>
    private static string OneLine(string value) => value.Replace('|', ' ').Replace('\r', ' ').Replace('\n', ' ');
}
