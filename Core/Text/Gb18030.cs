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
    public static int ByteCount(string text) => Encoding.GetByteCount(text);
}
