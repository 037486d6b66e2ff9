using System.Buffers;
using System.IO.Abstractions;
using System.Runtime.ExceptionServices;
using RiskReporting.Core.Reports;

namespace RiskReporting.MessageBuilder.Conformance;

/// <summary>
/// Reads a built package as the regulator's client would, and returns every problem with file, line and
/// field: the name and the zip rules, well-formed XML in GB18030, the canonical layout, each value's form,
/// counts and control sums, sort order and unique keys, the derived-field identities of report-tables.md
/// within records and across parts, and the index digests. The engine's own gate; khfx-check
/// (shared/tools) is the reference it follows. An empty list means the package conforms.
/// </summary>
/// <remarks>
/// Memory stays flat whatever the package's size: every entry is inflated as a stream from the file, its CRC,
/// size and SM3 computed on the way, and only the cross-part sums are kept. The report files are read in
/// parallel, each in two passes (the XML parse with the digests, and the lines with the records), largest first.
/// </remarks>
public sealed class PackageConformanceChecker(IFileSystem fileSystem)
{
    private const int ChunkSize = 1 << 16;

    public IReadOnlyList<ConformanceProblem> Check(string packagePath)
    {
        var problems = new ConformanceProblems();
        var label = fileSystem.Path.GetFileName(packagePath);
        var identity = PackageIdentity.Parse(label, out var nameProblem);
        if (identity is null)
        {
            problems.Add(label, 0, nameProblem!);
            return problems.Items;
        }

        List<ZipEntry>? directory;
        using (var zip = fileSystem.File.OpenRead(packagePath))
        {
            directory = ZipContainer.ReadDirectory(label, zip, identity.DataDate, problems);
        }

        if (directory is null)
        {
            return problems.Items;
        }

        var names = directory.Select(e => e.Name).ToList();
        if (!names.SequenceEqual(identity.ExpectedEntries, StringComparer.Ordinal))
        {
            problems.Add(label, 0, $"条目 (entries) 为 {string.Join(", ", names)}；应为 (expected) {string.Join(", ", identity.ExpectedEntries)}，且按此顺序");
        }

        var reads = directory.Select(entry => new EntryRead(entry, ReportOf(identity, entry.Name), IsWhole(identity, entry.Name))).ToList();
        ReadAll(packagePath, identity, reads);
        var broken = reads.Where(r => !r.Intact).ToList();
        if (broken.Count > 0)
        {
            broken.ForEach(r => problems.Add(label, 0, $"条目 (entry) {r.Entry.Name}：数据解压后与记录的大小和 CRC 不符"));
            return problems.Items;
        }

        CheckContent(identity, reads, problems);
        return problems.Items;
    }

    private static string? ReportOf(PackageIdentity identity, string name) => ReportParts.Reports.FirstOrDefault(r => identity.ReportEntry(r) == name);

    private static bool IsWhole(PackageIdentity identity, string name) => name == identity.CorrectionEntry || name == identity.IndexEntry;

    private void ReadAll(string packagePath, PackageIdentity identity, List<EntryRead> reads)
    {
        var work = new List<(long Size, Action Read)>();
        foreach (var read in reads)
        {
            work.Add((read.Entry.Size, () => ReadContent(packagePath, identity, read)));
            if (read.Report is not null)
            {
                work.Add((read.Entry.Size, () => CheckXml(packagePath, read)));
            }
        }

        try
        {
            Parallel.ForEach(work.OrderByDescending(w => w.Size), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, w => w.Read());
        }
        catch (AggregateException e) when (e.InnerExceptions.Count >= 1)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }

    /// <summary>
    /// The XML parse of a report entry, on a pass of its own, with the entry's length, CRC and SM3 taken as the
    /// parser reads (the rest drained when the parser stops at an error), so the two passes share the work.
    /// </summary>
    private void CheckXml(string packagePath, EntryRead read)
    {
        using var zip = fileSystem.File.OpenRead(packagePath);
        using var content = new DigestingStream(ZipContainer.Open(zip, read.Entry), read.Entry.Size);
        try
        {
            EntryLines.CheckWellFormed(read.Entry.Name, content, read.Xml);
            content.CopyTo(Stream.Null);
        }
        catch (InvalidDataException)
        {
            return;
        }

        read.Digest(content);
    }

    /// <summary>The line-by-line pass of an entry: the records of a report, or the whole bytes of the index and the correction file.</summary>
    private void ReadContent(string packagePath, PackageIdentity identity, EntryRead read)
    {
        using var zip = fileSystem.File.OpenRead(packagePath);
        using var inflated = ZipContainer.Open(zip, read.Entry);
        var reader = read.Report is null ? null : new ReportFileReader(read.Entry.Name, read.Report, identity, read.Content, OnRecord(read));
        using var content = reader is null ? new DigestingStream(inflated, read.Entry.Size) : inflated;
        var whole = read.Whole ? new MemoryStream() : null;
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            int count;
            while ((count = content.Read(buffer, 0, ChunkSize)) > 0)
            {
                var chunk = buffer.AsSpan(0, count);
                reader?.Write(chunk);
                whole?.Write(chunk);
            }
        }
        catch (InvalidDataException)
        {
            return;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        if (content is DigestingStream digested)
        {
            read.Digest(digested);
        }

        read.Blocks = reader?.Complete() ?? [];
        read.Bytes = whole?.ToArray();
    }

    private static Action<PartDefinition, int, string[]> OnRecord(EntryRead read)
    {
        var records = new PartRecordChecks(read.Entry.Name, read.Content);
        return (part, line, values) =>
        {
            var record = new ReportRecord(part, values);
            records.Check(line, record);
            read.Sums.Add(read.Entry.Name, line, record);
        };
    }

    private static void CheckContent(PackageIdentity identity, List<EntryRead> reads, ConformanceProblems problems)
    {
        var sums = new CrossPartSums();
        var listed = new List<(string, string, long, decimal)>();
        foreach (var report in ReportParts.Reports)
        {
            var read = reads.FirstOrDefault(r => r.Report == report);
            if (read is null)
            {
                continue;
            }

            problems.AddRange(read.Xml);
            problems.AddRange(read.Content);
            var records = new PartRecordChecks(read.Entry.Name, problems);
            read.Blocks.ForEach(records.CheckTotals);
            sums.Merge(read.Sums);
            listed.Add((read.Entry.Name, read.Sm3, read.Blocks.Sum(b => ParseOrZero(b.RecordsAttribute)), read.Blocks.Sum(b => Core.Amounts.MessageFormat.AmountOrZero(b.ControlAttribute))));
        }

        sums.Report(problems);
        var correction = reads.FirstOrDefault(r => r.Entry.Name == identity.CorrectionEntry);
        if (correction is not null)
        {
            CorrectionFileCheck.Check(correction.Entry.Name, correction.Bytes!, identity, problems);
            listed.Add((correction.Entry.Name, correction.Sm3, 0, 0m));
        }

        var index = reads.FirstOrDefault(r => r.Entry.Name == identity.IndexEntry);
        if (index is null)
        {
            problems.Add(identity.Stem + ".zip", 0, $"缺少索引 (index) {identity.IndexEntry}");
            return;
        }

        IndexCheck.Check(index.Entry.Name, index.Bytes!, identity, listed, problems);
    }

    private static long ParseOrZero(string text) => long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;

    /// <summary>What one entry's reading found: its problems, sums and digest, kept until all are read.</summary>
    private sealed class EntryRead(ZipEntry entry, string? report, bool whole)
    {
        public ZipEntry Entry { get; } = entry;
        public string? Report { get; } = report;
        public bool Whole { get; } = whole;
        public ConformanceProblems Xml { get; } = new();
        public ConformanceProblems Content { get; } = new();
        public CrossPartSums Sums { get; } = new();
        public List<PartBlock> Blocks { get; set; } = [];
        public byte[]? Bytes { get; set; }
        public string Sm3 { get; private set; } = string.Empty;
        public bool Intact { get; private set; }

        public void Digest(DigestingStream content)
        {
            Intact = content.Intact(Entry.Crc);
            Sm3 = content.Sm3();
        }
    }

    /// <summary>
    /// An entry's inflated bytes with their length, CRC-32 and SM3 taken as they are read. Reading stops past the
    /// stored size: an entry that inflates to more than its header says is broken, whatever it would grow to.
    /// </summary>
    private sealed class DigestingStream(Stream inner, long size) : Stream
    {
        private readonly Core.Digests.Sm3 _sm3 = new();
        private uint _crc = Crc32.Start;
        private long _length;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public bool Intact(uint crc) => _length == size && Crc32.Finish(_crc) == crc;

        public string Sm3() => _sm3.HexAndReset();

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_length > size)
            {
                return 0;
            }

            var read = inner.Read(buffer);
            var chunk = buffer[..read];
            _crc = Crc32.Append(_crc, chunk);
            _sm3.Append(chunk);
            _length += read;
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
