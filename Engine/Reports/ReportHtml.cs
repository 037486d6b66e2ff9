using System.Net;
using System.Text;

namespace RiskReporting.Engine.Reports;

/// <summary>The report as one self-contained HTML page (UTF-8, no scripts, no external resources: each chart is a PNG in a data: URI).</summary>
internal static class ReportHtml
{
    public static string Write(string title, IReadOnlyList<string> preface, IReadOnlyList<ReportSection> sections)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head><meta charset=\"utf-8\"><title>").Append(E(title)).Append("</title>\n")
            .Append("<style>body{font-family:'WenQuanYi Zen Hei',sans-serif;margin:2em}table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #999;padding:2px 6px;text-align:right}th{background:#eee}td:first-child{text-align:left}</style>\n")
            .Append("</head>\n<body>\n<h1>").Append(E(title)).Append("</h1>\n");
        foreach (var line in preface)
        {
            html.Append("<p>").Append(E(line)).Append("</p>\n");
        }

        foreach (var section in sections)
        {
            html.Append("<h2>").Append(E(section.Heading)).Append("</h2>\n");
            if (section.Header.Count > 0)
            {
                Table(html, section);
            }

            if (section.Note is { } note)
            {
                html.Append("<p>").Append(E(note).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p>\n");
            }

            if (section.Chart is { } chart)
            {
                html.Append("<figure><img alt=\"").Append(E(chart.Caption)).Append("\" width=\"").Append(ReportChart.Width).Append("\" height=\"").Append(ReportChart.Height)
                    .Append("\" src=\"data:image/png;base64,").Append(Convert.ToBase64String(chart.Png)).Append("\"><figcaption>").Append(E(chart.Caption)).Append("</figcaption></figure>\n");
            }
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    private static void Table(StringBuilder html, ReportSection section)
    {
        html.Append("<table>\n<tr>");
        foreach (var cell in section.Header)
        {
            html.Append("<th>").Append(E(cell)).Append("</th>");
        }

        html.Append("</tr>\n");
        foreach (var row in section.Rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td>").Append(E(cell)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
