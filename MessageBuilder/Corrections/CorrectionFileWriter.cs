using System.Globalization;
using System.Text;
using RiskReporting.Core.Text;
using RiskReporting.MessageBuilder.Xml;

namespace RiskReporting.MessageBuilder.Corrections;

/// <summary>Writes {ORG}_KHFX_{D}_{BATCH}_CORR.xml in the canonical layout: GB18030, CRLF, one &lt;C&gt; per line.</summary>
public static class CorrectionFileWriter
{
    public static void Write(Stream output, MessageHeader header, CorrectionContent correction)
    {
        using var writer = new StreamWriter(output, Gb18030.Encoding, bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine("<?xml version=\"1.0\" encoding=\"GB18030\"?>");
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"<KHFXCORR org=\"{XmlText.Attribute(header.Org)}\" dataDate=\"{header.Period.DataDateText}\" batch=\"{header.BatchText}\" previousBatch=\"{header.Batch - 1:D2}\">"));
        var reason = new StringBuilder("<REASON>");
        XmlText.AppendText(reason, correction.Reason.ReplaceLineEndings(" "));
        writer.WriteLine(reason.Append("</REASON>"));
        foreach (var entry in correction.Entries)
        {
            writer.WriteLine($"<C part=\"{entry.Part}\" key=\"{XmlText.Attribute(entry.Key)}\" action=\"{entry.Action}\" fields=\"{string.Join(';', entry.Fields)}\"/>");
        }

        writer.WriteLine("</KHFXCORR>");
    }
}
