using UglyToad.PdfPig;

namespace RiskReporting.Evidence.Store;

/// <summary>
/// A PDF is accepted when it is exactly one PDF: nothing but white space after its final <c>%%EOF</c>,
/// nothing but further revisions (objects, cross-reference sections, comments) after an earlier one, and
/// PdfPig opens it with lenient parsing off and reads every page.
/// </summary>
internal static class PdfDocumentCheck
{
    private static ReadOnlySpan<byte> EndMarker => "%%EOF"u8;

    public static string? Refusal(Stream content)
    {
        if (content.Length > EvidenceLimits.MaxFileBytes)
        {
            return $"超过单个证明材料 (evidence file) 允许的 {EvidenceLimits.MaxFileBytes / 1024 / 1024} MiB";
        }

        var bytes = new byte[content.Length];
        content.Position = 0;
        content.ReadExactly(bytes);
        return TailRefusal(bytes) ?? RevisionRefusal(bytes) ?? ParseRefusal(bytes);
    }

    private static string? TailRefusal(byte[] bytes)
    {
        var last = bytes.AsSpan().LastIndexOf(EndMarker);
        if (last < 0)
        {
            return "PDF 缺少结束标记 (%%EOF)：文件不完整或不是 PDF";
        }

        var tail = bytes.AsSpan(last + EndMarker.Length);
        var trailing = tail.TrimStart(WhiteSpace);
        return trailing.IsEmpty
            ? null
            : $"PDF 最后的 %%EOF 之后还有 {trailing.Length} 字节{Described(trailing)}：按伪装文件 (disguised file) 拒收";
    }

    /// <summary>An incremental update starts with an object number, <c>xref</c> or a comment; anything else is a second file.</summary>
    private static string? RevisionRefusal(byte[] bytes)
    {
        var span = bytes.AsSpan();
        var offset = 0;
        int found;
        while ((found = span[offset..].IndexOf(EndMarker)) >= 0)
        {
            offset += found + EndMarker.Length;
            var next = span[offset..].TrimStart(WhiteSpace);
            if (!next.IsEmpty && !char.IsAsciiDigit((char)next[0]) && next[0] != (byte)'%' && !next.StartsWith("xref"u8))
            {
                return $"PDF 的 %%EOF 之后有非 PDF 内容{Described(next)}：按伪装文件 (disguised file) 拒收";
            }
        }

        return null;
    }

    private static string? ParseRefusal(byte[] bytes)
    {
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = false, SkipMissingFonts = true });
            if (document.NumberOfPages < 1)
            {
                return "PDF 没有页面 (no pages)";
            }

            for (var page = 1; page <= document.NumberOfPages; page++)
            {
                _ = document.GetPage(page);
            }

            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The parser's own reason says what is damaged; whichever exception it chose, the file is refused.
            return $"无法解析为 PDF (does not parse as a PDF：{e.Message.TrimEnd('.')})：请重新打印或另存为 PDF";
        }
    }

    private static string Described(ReadOnlySpan<byte> bytes)
    {
        var embedded = FileSignatures.Embedded(bytes[..Math.Min(bytes.Length, 512)]);
        return embedded is null ? string.Empty : $"（{embedded}）";
    }

    /// <summary>White space as ISO 32000-1 §7.2.2 defines it.</summary>
    private static ReadOnlySpan<byte> WhiteSpace => [0x00, 0x09, 0x0A, 0x0C, 0x0D, 0x20];
}
