using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace RiskReporting.MessageBuilder.Conformance;

/// <summary>
/// The zip rules of message-format.md, read from the bytes as a client would: every entry Deflate, its time
/// D 00:00:00, no encryption, no data descriptors (CRC and sizes in the local header), no extra fields, no
/// comments, a correct CRC, and nothing outside the zip structures. Returns the entries in package order.
/// </summary>
internal static class ZipContainer
{
    private const uint LocalHeader = 0x04034b50;
    private const uint CentralHeader = 0x02014b50;
    private const uint EndRecord = 0x06054b50;

    public static List<(string Name, byte[] Content)>? Read(string label, byte[] zip, DateOnly entryDate, ConformanceProblems problems)
    {
        var entries = new List<(string, byte[])>();
        var offset = 0;
        var dosDate = (ushort)(((entryDate.Year - 1980) << 9) | (entryDate.Month << 5) | entryDate.Day);
        while (offset + 30 <= zip.Length && U32(zip, offset) == LocalHeader)
        {
            var entry = ReadLocal(label, zip, offset, dosDate, problems, out var next);
            if (entry is null)
            {
                return null;
            }

            entries.Add(entry.Value);
            offset = next;
        }

        if (entries.Count == 0)
        {
            problems.Add(label, 0, "not a zip package: no local file header at the start");
            return null;
        }

        CheckCentralDirectory(label, zip, offset, problems);
        return entries;
    }

    private static (string, byte[])? ReadLocal(string label, byte[] zip, int offset, ushort dosDate, ConformanceProblems problems, out int next)
    {
        var flags = U16(zip, offset + 6);
        var method = U16(zip, offset + 8);
        var (time, date, crc) = (U16(zip, offset + 10), U16(zip, offset + 12), U32(zip, offset + 14));
        var (compressed, size) = ((int)U32(zip, offset + 18), (int)U32(zip, offset + 22));
        var (nameLength, extraLength) = (U16(zip, offset + 26), U16(zip, offset + 28));
        var name = Encoding.ASCII.GetString(zip, offset + 30, Math.Min(nameLength, zip.Length - offset - 30));
        next = offset + 30 + nameLength + extraLength + compressed;
        if (next > zip.Length)
        {
            problems.Add(label, 0, $"entry {name}: the zip is truncated");
            return null;
        }

        if ((flags & 0x0001) != 0) problems.Add(label, 0, $"entry {name}: encrypted");
        if ((flags & 0x0008) != 0) problems.Add(label, 0, $"entry {name}: uses a data descriptor; CRC and sizes must stand in the local header");
        if (method != 8) problems.Add(label, 0, $"entry {name}: compression method {method}, not Deflate (8)");
        if (time != 0 || date != dosDate) problems.Add(label, 0, $"entry {name}: modification time is not the data date at 00:00:00");
        if (extraLength != 0) problems.Add(label, 0, $"entry {name}: has an extra field");
        if (name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal) || name.Any(c => c > 127))
        {
            problems.Add(label, 0, $"entry {name}: names are ASCII without folders");
        }

        var content = Inflate(zip.AsSpan(offset + 30 + nameLength + extraLength, compressed), method);
        if (content is null || content.Length != size || Crc32.Of(content) != crc)
        {
            problems.Add(label, 0, $"entry {name}: the data does not inflate to its stored size and CRC");
            return null;
        }

        return (name, content);
    }

    private static byte[]? Inflate(ReadOnlySpan<byte> data, ushort method)
    {
        if (method == 0)
        {
            return data.ToArray();
        }

        try
        {
            using var input = new MemoryStream(data.ToArray());
            using var deflate = new DeflateStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            deflate.CopyTo(output);
            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static void CheckCentralDirectory(string label, byte[] zip, int offset, ConformanceProblems problems)
    {
        while (offset + 46 <= zip.Length && U32(zip, offset) == CentralHeader)
        {
            var (nameLength, extraLength, commentLength) = (U16(zip, offset + 28), U16(zip, offset + 30), U16(zip, offset + 32));
            var name = Encoding.ASCII.GetString(zip, offset + 46, Math.Min(nameLength, zip.Length - offset - 46));
            if (extraLength != 0) problems.Add(label, 0, $"entry {name}: the central directory has an extra field");
            if (commentLength != 0) problems.Add(label, 0, $"entry {name}: has a comment");
            offset += 46 + nameLength + extraLength + commentLength;
        }

        if (offset + 22 > zip.Length || U32(zip, offset) != EndRecord)
        {
            problems.Add(label, 0, "the zip has bytes outside its structures, or no end-of-central-directory record after the central directory");
            return;
        }

        var comment = U16(zip, offset + 20);
        if (comment != 0) problems.Add(label, 0, "the zip has a comment");
        if (offset + 22 + comment != zip.Length) problems.Add(label, 0, "the zip has bytes after its end record");
    }

    private static ushort U16(byte[] bytes, int offset) => offset + 2 <= bytes.Length ? BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(offset)) : (ushort)0;

    private static uint U32(byte[] bytes, int offset) => offset + 4 <= bytes.Length ? BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(offset)) : 0u;
}
