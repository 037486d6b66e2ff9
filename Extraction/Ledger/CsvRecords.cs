using System.Text;

namespace RiskReporting.Extraction.Ledger;

/// <summary>RFC 4180 records with the line each starts on: quoted fields may hold commas, quotes ("") and line breaks.</summary>
public static class CsvRecords
{
    /// <param name="unterminatedQuote">When given, a quote left open at the end is refused with the exception it makes of the record's first line.</param>
    public static IEnumerable<(int Line, List<string> Fields)> Parse(string text, Func<int, Exception>? unterminatedQuote = null)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var start = 1;
        var quoted = false;
        var any = false;
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
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    any = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    any = true;
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break;
                case '\n' or '\r':
                    fields.Add(field.ToString());
                    yield return (start, fields);
                    fields = [];
                    field.Clear();
                    any = false;
                    line++;
                    start = line;
                    break;
                default:
                    field.Append(c);
                    any = true;
                    break;
            }
        }

        if (quoted && unterminatedQuote is not null)
        {
            throw unterminatedQuote(start);
        }

        if (any || field.Length > 0)
        {
            fields.Add(field.ToString());
            yield return (start, fields);
        }
    }
}
