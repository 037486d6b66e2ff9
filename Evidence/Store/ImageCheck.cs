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
                return "PNG 在块头 (chunk header) 处截断";
            }

            var length = BinaryPrimitives.ReadUInt32BigEndian(header[..4]);
            var type = header[4..8];
            if (first && !type.SequenceEqual("IHDR"u8))
            {
                return "PNG 的第一个块不是 IHDR";
            }

            first = false;
            if (content.Position + length + 4 > content.Length)
            {
                return "PNG 在块 (chunk) 内截断";
            }

            content.Position += length + 4;
            if (type.SequenceEqual("IEND"u8))
            {
                return content.Position == content.Length
                    ? null
                    : $"PNG 的结束块 (IEND) 之后还有 {content.Length - content.Position} 字节：按伪装文件 (disguised file) 拒收";
            }
        }

        return "PNG 缺少结束块 (IEND)";
    }

    public static string? JpegRefusal(Stream content)
    {
        Span<byte> end = stackalloc byte[2];
        content.Position = content.Length - end.Length;
        content.ReadExactly(end);
        return end.SequenceEqual((ReadOnlySpan<byte>)[0xFF, 0xD9])
            ? null
            : "JPEG 不以图像结束标记 (end-of-image marker) 结尾：文件不完整或其后附有其他内容";
    }
}
