using System.Text;

namespace RiskReporting.Engine.Findings;

/// <summary>RFC 4180 records of an uploaded CSV: fields quoted or not, "" inside quotes, CRLF or LF; an unterminated quote is refused naming its row.</summary>
internal static class CsvRecords
{
    public static IEnumerable<IReadOnlyList<string>> Of(string text, string fileName)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var row = 1;
        var quoteRow = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    row += c == '\n' ? 1 : 0;
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
                quoteRow = row;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                field.Clear();
                yield return fields;
                fields = [];
                row++;
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            throw ExplanationSheet.Refused($"{fileName} 第 {quoteRow} 行：引号未闭合。");
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return fields;
        }
    }
}
