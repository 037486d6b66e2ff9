using System.Buffers.Binary;

namespace RiskReporting.Evidence.Store;

/// <summary>
/// A PNG is its chunks from <c>IHDR</c> to <c>IEND</c> and nothing after; a JPEG ends with its end-of-image
/// marker. Bytes past the end of an image are how a second file hides behind a picture.
/// </summary>
internal static class ImageCheck
{
    private const int SignatureBytes = 8;

    public static string? PngRefusal(Stream content)
    {
        content.Position = SignatureBytes;
        Span<byte> header = stackalloc byte[8];
        var first = true;
        while (content.Position < content.Length)
        {
            if (content.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length)
            {
                return "a PNG cut short inside a chunk header";
            }

            var length = BinaryPrimitives.ReadUInt32BigEndian(header[..4]);
            var type = header[4..8];
            if (first && !type.SequenceEqual("IHDR"u8))
            {
                return "a PNG whose first chunk is not IHDR";
            }

            first = false;
            if (content.Position + length + 4 > content.Length)
            {
                return "a PNG cut short inside a chunk";
            }

            content.Position += length + 4;
            if (type.SequenceEqual("IEND"u8))
            {
                return content.Position == content.Length
                    ? null
                    : $"a PNG with {content.Length - content.Position} bytes after its end (IEND); refused as a disguised file";
            }
        }

        return "a PNG without its end chunk (IEND)";
    }

    public static string? JpegRefusal(Stream content)
    {
        Span<byte> end = stackalloc byte[2];
        content.Position = content.Length - end.Length;
        content.ReadExactly(end);
        return end.SequenceEqual((ReadOnlySpan<byte>)[0xFF, 0xD9])
            ? null
            : "a JPEG that does not end with its end-of-image marker; it is cut short or something follows it";
    }
}
