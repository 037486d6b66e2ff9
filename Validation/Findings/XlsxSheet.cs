using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using RiskReporting.Core.Text;

namespace RiskReporting.Validation.Findings;

/// <summary>
/// Streams one worksheet: a bold header row frozen at the top with a filter, then rows whose strings are
/// text cells in the text number format (<c>@</c>, so Excel keeps <c>000001</c> as typed, also after an edit),
/// neutralised against formula injection, and whose whole numbers are number cells.
/// </summary>
internal static class XlsxSheet
{
    public const uint TextStyle = 1;

    public const uint HeaderStyle = 2;

    public static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { NumberFormatId = 49, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 49, ApplyNumberFormat = true, FontId = 1, ApplyFont = true }) { Count = 3 });

    public static void Write(WorksheetPart part, IReadOnlyList<(string Header, double Width)> columns, IEnumerable<IReadOnlyList<object>> rows)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", State = PaneStateValues.Frozen, ActivePane = PaneValues.BottomLeft }) { WorkbookViewId = 0 }));
        writer.WriteElement(new Columns(columns.Select((c, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = c.Width, CustomWidth = true })));
        writer.WriteStartElement(new SheetData());
        WriteRow(writer, 1, columns.Select(c => (object)c.Header).ToList(), HeaderStyle);
        uint index = 1;
        foreach (var row in rows)
        {
            WriteRow(writer, ++index, row, TextStyle);
        }

        writer.WriteEndElement();
        writer.WriteElement(new AutoFilter { Reference = $"A1:{ColumnName(columns.Count)}{index.ToString(CultureInfo.InvariantCulture)}" });
        writer.WriteEndElement();
    }

    private static void WriteRow(OpenXmlWriter writer, uint index, IReadOnlyList<object> values, uint style)
    {
        writer.WriteStartElement(new Row { RowIndex = index });
        for (var i = 0; i < values.Count; i++)
        {
            var reference = ColumnName(i + 1) + index.ToString(CultureInfo.InvariantCulture);
            writer.WriteElement(values[i] switch
            {
                long n => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(n.ToString(CultureInfo.InvariantCulture)) },
                var v => new Cell
                {
                    CellReference = reference,
                    DataType = CellValues.InlineString,
                    StyleIndex = style,
                    InlineString = new InlineString(new Text(SpreadsheetCell.Neutralise(Convert.ToString(v, CultureInfo.InvariantCulture) ?? string.Empty)) { Space = SpaceProcessingModeValues.Preserve }),
                },
            });
        }

        writer.WriteEndElement();
    }

    private static string ColumnName(int number)
    {
        var name = string.Empty;
        for (; number > 0; number = (number - 1) / 26)
        {
            name = (char)('A' + ((number - 1) % 26)) + name;
        }

        return name;
    }
}
