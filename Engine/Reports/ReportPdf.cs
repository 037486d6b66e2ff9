using System.IO.Abstractions;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace RiskReporting.Engine.Reports;

/// <summary>The report as an A4 PDF (PDFsharp, CJK font from <see cref="CjkFont"/>): the title, then each section's heading, table, note and chart.</summary>
internal static class ReportPdf
{
    private const double Margin = 40;
    private const double Bottom = 800;

    public static void Write(IFileSystem fileSystem, string path, string title, IReadOnlyList<string> preface, IReadOnlyList<ReportSection> sections)
    {
        CjkFont.Install(fileSystem);
        using var document = new PdfDocument();
        document.Info.Title = title;
        var writer = new PageWriter(document);
        writer.Line(title, new XFont(CjkFont.Face, 16), 26);
        foreach (var line in preface)
        {
            writer.Line(line, new XFont(CjkFont.Face, 9), 14);
        }

        foreach (var section in sections)
        {
            writer.Gap(8);
            writer.Line(section.Heading, new XFont(CjkFont.Face, 12), 20);
            if (section.Header.Count > 0)
            {
                writer.Row(section.Header, new XFont(CjkFont.Face, 8));
            }

            foreach (var row in section.Rows)
            {
                writer.Row(row, new XFont(CjkFont.Face, 8));
            }

            if (section.Note is { } note)
            {
                foreach (var line in note.Split('\n'))
                {
                    writer.Wrapped(line, new XFont(CjkFont.Face, 8), 12);
                }
            }

            if (section.Chart is { } chart)
            {
                writer.Image(chart.Png, ReportChart.Width, ReportChart.Height);
            }
        }

        writer.Dispose();
        using var stream = fileSystem.File.Create(path);
        document.Save(stream);
    }

    private sealed class PageWriter(PdfDocument document) : IDisposable
    {
        private XGraphics? _graphics;
        private double _y = Bottom + 1;
        private double _width;

        public void Gap(double height) => _y += height;

        public void Line(string text, XFont font, double height)
        {
            Ensure(height);
            _graphics!.DrawString(Fit(text, font, _width), font, XBrushes.Black, new XPoint(Margin, _y));
            _y += height;
        }

        /// <summary>The text over as many lines as it takes to fit the width (a note, the operator's proposals): never cut.</summary>
        public void Wrapped(string text, XFont font, double height)
        {
            Ensure(height);
            var rest = text;
            do
            {
                var take = rest.Length;
                while (take > 1 && _graphics!.MeasureString(rest[..take], font).Width > _width)
                {
                    take--;
                }

                Line(rest[..take], font, height);
                rest = rest[take..];
            }
            while (rest.Length > 0);
        }

        public void Row(IReadOnlyList<string> cells, XFont font)
        {
            Ensure(12);
            var column = _width / Math.Max(1, cells.Count);
            for (var i = 0; i < cells.Count; i++)
            {
                _graphics!.DrawString(Fit(cells[i], font, column - 4), font, XBrushes.Black, new XPoint(Margin + i * column, _y));
            }

            _y += 12;
        }

        /// <summary>A PNG across the text width, its aspect kept, on a new page when it does not fit.</summary>
        public void Image(byte[] png, int width, int height)
        {
            var drawnHeight = _width * height / width;
            Ensure(drawnHeight + 6);
            using var image = XImage.FromStream(new MemoryStream(png));
            _graphics!.DrawImage(image, Margin, _y, _width, drawnHeight);
            _y += drawnHeight + 6;
        }

        public void Dispose() => _graphics?.Dispose();

        private void Ensure(double height)
        {
            if (_graphics is not null && _y + height <= Bottom)
            {
                return;
            }

            _graphics?.Dispose();
            var page = document.AddPage();
            page.Size = PdfSharp.PageSize.A4;
            _graphics = XGraphics.FromPdfPage(page);
            _width = page.Width.Point - 2 * Margin;
            _y = Margin + 10;
        }

        /// <summary>The text cut to the width with an ellipsis, so that a long name does not run into the next column.</summary>
        private string Fit(string text, XFont font, double width)
        {
            if (_graphics!.MeasureString(text, font).Width <= width)
            {
                return text;
            }

            var cut = text;
            while (cut.Length > 1 && _graphics.MeasureString(cut + "…", font).Width > width)
            {
                cut = cut[..^1];
            }

            return cut + "…";
        }
    }
}
