using System.Text;

namespace RiskReporting.Core.Text;

/// <summary>The message encoding. The code-pages provider ships with .NET but must be registered once.</summary>
public static class Gb18030
{
    private static readonly Lazy<Encoding> Instance = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    });

    private static readonly Lazy<Encoding> ForWriting = new(() => new Gb18030Writing(Instance.Value));

    public static Encoding Encoding => Instance.Value;

    /// <summary>The same bytes as <see cref="Encoding"/>, written faster for a text of mostly ASCII (the report files).</summary>
    public static Encoding Writing => ForWriting.Value;

    /// <summary>Length in GB18030 bytes, as the C..n limits count it.</summary>
    /// <remarks>
    /// An ASCII text is counted by its length (GB18030 writes U+0000–U+007F in one byte each), without the code-pages encoder that
    /// every text field of every record passed through twice, in the validation and in the gate (issue #16).
    /// </remarks>
    public static int ByteCount(string text) => System.Text.Ascii.IsValid(text) ? text.Length : Encoding.GetByteCount(text);
}
