using System.Buffers.Binary;

namespace RiskReporting.Evidence.Store;

/// <summary>
/// Finds a zip archive riding at the end of a file: an end-of-central-directory record in the last 64 KiB
/// whose central directory really starts where the record says it ends. A chance match of four bytes in
/// compressed image data does not also point back at a central-directory header.
/// </summary>
internal static class TrailingZip
{
    private const int EndRecordBytes = 22;

    private const int MaxCommentBytes = 0xFFFF;

    public static bool IsPresent(Stream content)
    {
        var window = (int)Math.Min(content.Length, EndRecordBytes + MaxCommentBytes);
        var tail = new byte[window];
        content.Position = content.Length - window;
        content.ReadExactly(tail);
        var span = tail.AsSpan();
        for (var at = span.LastIndexOf("PK\u0005\u0006"u8); at >= 0; at = span[..at].LastIndexOf("PK\u0005\u0006"u8))
        {
            if (PointsAtCentralDirectory(content, content.Length - window + at, span[at..]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool PointsAtCentralDirectory(Stream content, long recordAt, ReadOnlySpan<byte> record)
    {
        if (record.Length < EndRecordBytes)
        {
            return false;
        }

        var directoryBytes = BinaryPrimitives.ReadUInt32LittleEndian(record[12..16]);
        var directoryAt = recordAt - directoryBytes;
        if (directoryBytes == 0 || directoryAt < 0)
        {
            return false;
        }

        Span<byte> signature = stackalloc byte[4];
        content.Position = directoryAt;
        content.ReadExactly(signature);
        return signature.SequenceEqual("PK\u0001\u0002"u8);
    }
}
