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
            return $"more than the {EvidenceLimits.MaxFileBytes / 1024 / 1024} MiB allowed for one evidence file";
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
            return "a PDF without its end marker (%%EOF); it is cut short or not a PDF";
        }

        var tail = bytes.AsSpan(last + EndMarker.Length);
        var trailing = tail.TrimStart(WhiteSpace);
        return trailing.IsEmpty
            ? null
            : $"a PDF with {trailing.Length} bytes after its final %%EOF{Described(trailing)}; refused as a disguised file";
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
                return $"a PDF with something other than PDF after an %%EOF{Described(next)}; refused as a disguised file";
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
                return "a PDF without pages";
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
            return $"does not parse as a PDF ({e.Message.TrimEnd('.')}); print or save it as PDF again";
        }
    }

    private static string Described(ReadOnlySpan<byte> bytes)
    {
        var embedded = FileSignatures.Embedded(bytes[..Math.Min(bytes.Length, 512)]);
        return embedded is null ? string.Empty : $" ({embedded})";
    }

    /// <summary>White space as ISO 32000-1 §7.2.2 defines it.</summary>
    private static ReadOnlySpan<byte> WhiteSpace => [0x00, 0x09, 0x0A, 0x0C, 0x0D, 0x20];
}
