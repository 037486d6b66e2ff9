using System.Globalization;
using System.Text;
using RiskReporting.Core.Amounts;
using RiskReporting.Core.Text;

namespace RiskReporting.MessageBuilder.Xml;

/// <summary>
/// Writes one report file (B1 … B5) in the canonical layout of message-format.md: GB18030 without a
/// byte-order mark, CRLF after every line, one record per line, nothing between elements. Lines are
/// written by hand rather than with XmlWriter, whose declaration casing and line ends differ.
/// </summary>
public static class ReportFileWriter
{
    public const string SpecVersion = "2026.1";

    public static (long Records, decimal Control) Write(Stream output, MessageHeader header, string report, IReadOnlyList<PartContent> parts)
    {
        using var writer = new StreamWriter(output, Gb18030.Writing, bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine("<?xml version=\"1.0\" encoding=\"GB18030\"?>");
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"<KHFX org=\"{XmlText.Attribute(header.Org)}\" dataDate=\"{header.Period.DataDateText}\" batch=\"{header.BatchText}\" spec=\"{SpecVersion}\" report=\"{report}\">"));
        long records = 0;
        var control = 0m;
        var line = new StringBuilder(1024);
        foreach (var part in parts)
        {
            var partControl = part.Control;
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"<PART code=\"{part.Part.Code}\" records=\"{part.Count}\" control=\"{MessageFormat.Amount(partControl)}\">"));
            long written = 0;
            foreach (var record in part.Records)
            {
                line.Clear().Append("<R>");
                for (var i = 0; i < record.Values.Length; i++)
                {
                    var name = part.Part.Fields[i].Name;
                    if (record.Values[i].Length == 0)
                    {
                        line.Append('<').Append(name).Append("/>");
                    }
                    else
                    {
                        line.Append('<').Append(name).Append('>');
                        XmlText.AppendText(line, record.Values[i]);
                        line.Append("</").Append(name).Append('>');
                    }
                }

                writer.WriteLine(line.Append("</R>"));
                written++;
            }

            if (written != part.Count)
            {
                throw new InvalidOperationException($"{part.Part.Code}: {written} records written, {part.Count} announced in the PART line.");
            }

            writer.WriteLine("</PART>");
            records += part.Count;
            control += partControl;
        }

        writer.WriteLine("</KHFX>");
        return (records, control);
    }
}
