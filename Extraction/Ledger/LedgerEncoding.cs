using System.Buffers;
using System.Globalization;
using System.Text;
using RiskReporting.Core.Text;

namespace RiskReporting.Extraction.Ledger;

/// <summary>
/// The ledger CSV's encoding (interbank-ledger.md, amended 2026-12-01): a file that starts with the UTF-8 BOM
/// is UTF-8, and each invalid byte sequence in it is a problem naming its line and byte offset; without a
/// BOM, valid UTF-8 is UTF-8 and anything else GB18030 (files saved by spreadsheet programs on Chinese systems).
/// </summary>
public static class LedgerEncoding
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    public static string Decode(string path, byte[] bytes)
    {
        if (!bytes.AsSpan().StartsWith(Bom))
        {
            return IsValidUtf8(bytes) ? Encoding.UTF8.GetString(bytes) : Gb18030.Encoding.GetString(bytes);
        }

        var problems = InvalidSequences(bytes);
        return problems.Count > 0
            ? throw new LedgerImportException(path, problems)
            : new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, Bom.Length, bytes.Length - Bom.Length);
    }

    private static bool IsValidUtf8(byte[] bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    /// <summary>Every invalid UTF-8 sequence after the BOM, with the line it stands on (header = 1) and its offset in the file.</summary>
    private static List<LedgerProblem> InvalidSequences(byte[] bytes)
    {
        var problems = new List<LedgerProblem>();
        var line = 1;
        var offset = Bom.Length;
        while (offset < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes.AsSpan(offset), out var rune, out var consumed);
            if (status != OperationStatus.Done)
            {
                var shown = Convert.ToHexString(bytes, offset, consumed);
                problems.Add(new LedgerProblem(line, string.Empty,
                    string.Create(CultureInfo.InvariantCulture, $"字节偏移 {offset} 处有无效的 UTF-8 字节序列 (invalid UTF-8) {shown}（文件以 UTF-8 BOM 开头，必须是 UTF-8 编码）")));
            }
            else if (rune.Value == '\n' || (rune.Value == '\r' && (offset + 1 >= bytes.Length || bytes[offset + 1] != '\n')))
            {
                line++;
            }

            offset += consumed;
        }

        return problems;
    }
}
