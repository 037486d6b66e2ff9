using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace RiskReporting.MessageBuilder.Conformance;

/// <summary>One entry of a package as its local header describes it, and where its data lies.</summary>
internal sealed record ZipEntry(string Name, ushort Method, uint Crc, long DataOffset, long Compressed, long Size);

/// <summary>
/// The zip rules of message-format.md, read from the file as a client would: every entry Deflate, its time
/// D 00:00:00, no encryption, no data descriptors (CRC and sizes in the local header), no extra fields, no
/// comments, and nothing outside the zip structures. <see cref="ReadDirectory"/> walks the headers only and
/// returns the entries in package order; <see cref="Open"/> inflates one entry as a stream, so no entry is
/// ever held in memory whole. Each entry's CRC and size are checked by whoever reads it to the end.
/// </summary>
internal static class ZipContainer
{
    private const uint LocalHeader = 0x04034b50;
    private const uint CentralHeader = 0x02014b50;
    private const uint EndRecord = 0x06054b50;

    /// <summary>The central directory and end record of a package are a few hundred bytes; more is not a package.</summary>
    private const long MaxTrailer = 1 << 20;

    public static List<ZipEntry>? ReadDirectory(string label, Stream zip, DateOnly entryDate, ConformanceProblems problems)
    {
        var entries = new List<ZipEntry>();
        var header = new byte[30];
        long offset = 0;
        var dosDate = (ushort)(((entryDate.Year - 1980) << 9) | (entryDate.Month << 5) | entryDate.Day);
        while (offset + 30 <= zip.Length && ReadAt(zip, offset, header) && U32(header, 0) == LocalHeader)
        {
            var entry = ReadLocal(label, zip, header, offset, dosDate, problems, out var next);
            if (entry is null)
            {
                return null;
            }

            entries.Add(entry);
            offset = next;
        }

        if (entries.Count == 0)
        {
            problems.Add(label, 0, "不是 zip 报文包：开头没有本地文件头 (local file header)");
            return null;
        }

        if (zip.Length - offset > MaxTrailer)
        {
            problems.Add(label, 0, "zip 在其结构之外有字节，或中央目录之后没有中央目录结束记录 (end-of-central-directory record)");
            return entries;
        }

        var trailer = new byte[zip.Length - offset];
        ReadAt(zip, offset, trailer);
        CheckCentralDirectory(label, trailer, problems);
        return entries;
    }

    /// <summary>The entry's bytes as they inflate, read from their own stream over the package file.</summary>
    public static Stream Open(Stream zip, ZipEntry entry)
    {
        var data = new EntryData(zip, entry.DataOffset, entry.Compressed);
        return entry.Method == 0 ? data : new DeflateStream(data, CompressionMode.Decompress);
    }

    private static ZipEntry? ReadLocal(string label, Stream zip, byte[] header, long offset, ushort dosDate, ConformanceProblems problems, out long next)
    {
        var flags = U16(header, 6);
        var method = U16(header, 8);
        var (time, date, crc) = (U16(header, 10), U16(header, 12), U32(header, 14));
        var (compressed, size) = (U32(header, 18), U32(header, 22));
        var (nameLength, extraLength) = (U16(header, 26), U16(header, 28));
        var nameBytes = new byte[(int)Math.Max(0, Math.Min(nameLength, zip.Length - offset - 30))];
        ReadAt(zip, offset + 30, nameBytes);
        var name = Encoding.ASCII.GetString(nameBytes);
        var dataOffset = offset + 30 + nameLength + extraLength;
        next = dataOffset + compressed;
        if (next > zip.Length)
        {
            problems.Add(label, 0, $"条目 (entry) {name}：zip 被截断 (truncated)");
            return null;
        }

        if ((flags & 0x0001) != 0) problems.Add(label, 0, $"条目 (entry) {name}：已加密 (encrypted)");
        if ((flags & 0x0008) != 0) problems.Add(label, 0, $"条目 (entry) {name}：使用了数据描述符 (data descriptor)：CRC 和大小须写在本地文件头中");
        if (method != 8) problems.Add(label, 0, $"条目 (entry) {name}：压缩方法为 {method}，不是 Deflate (8)");
        if (time != 0 || date != dosDate) problems.Add(label, 0, $"条目 (entry) {name}：修改时间不是数据日期的 00:00:00");
        if (extraLength != 0) problems.Add(label, 0, $"条目 (entry) {name}：含扩展字段 (extra field)");
        if (name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal) || name.Any(c => c > 127))
        {
            problems.Add(label, 0, $"条目 (entry) {name}：名称须为 ASCII，且不含文件夹");
        }

        if (method is not (0 or 8))
        {
            problems.Add(label, 0, $"条目 (entry) {name}：数据解压后与记录的大小和 CRC 不符");
            return null;
        }

        return new ZipEntry(name, method, crc, dataOffset, compressed, size);
    }

    private static void CheckCentralDirectory(string label, byte[] zip, ConformanceProblems problems)
    {
        var offset = 0;
        while (offset + 46 <= zip.Length && U32(zip, offset) == CentralHeader)
        {
            var (nameLength, extraLength, commentLength) = (U16(zip, offset + 28), U16(zip, offset + 30), U16(zip, offset + 32));
            var name = Encoding.ASCII.GetString(zip, offset + 46, Math.Min(nameLength, zip.Length - offset - 46));
            if (extraLength != 0) problems.Add(label, 0, $"条目 (entry) {name}：中央目录 (central directory) 含扩展字段 (extra field)");
            if (commentLength != 0) problems.Add(label, 0, $"条目 (entry) {name}：含注释 (comment)");
            offset += 46 + nameLength + extraLength + commentLength;
        }

        if (offset + 22 > zip.Length || U32(zip, offset) != EndRecord)
        {
            problems.Add(label, 0, "zip 在其结构之外有字节，或中央目录之后没有中央目录结束记录 (end-of-central-directory record)");
            return;
        }

        var comment = U16(zip, offset + 20);
        if (comment != 0) problems.Add(label, 0, "zip 含注释 (comment)");
        if (offset + 22 + comment != zip.Length) problems.Add(label, 0, "zip 的结束记录 (end record) 之后还有字节");
    }

    private static bool ReadAt(Stream zip, long offset, byte[] buffer)
    {
        zip.Position = offset;
        return zip.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false) == buffer.Length;
    }

    private static ushort U16(byte[] bytes, int offset) => offset + 2 <= bytes.Length ? BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(offset)) : (ushort)0;

    private static uint U32(byte[] bytes, int offset) => offset + 4 <= bytes.Length ? BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(offset)) : 0u;

    /// <summary>A read-only window over one entry's compressed bytes in the package file.</summary>
    private sealed class EntryData(Stream zip, long start, long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var take = (int)Math.Min(buffer.Length, length - _position);
            if (take <= 0)
            {
                return 0;
            }

            zip.Position = start + _position;
            var read = zip.Read(buffer[..take]);
            _position += read;
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
