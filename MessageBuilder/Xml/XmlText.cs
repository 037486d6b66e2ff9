using System.Text;

namespace RiskReporting.MessageBuilder.Xml;

/// <summary>The only escaping the format allows: &amp;, &lt;, &gt; in text, and &quot; too in attributes.</summary>
public static class XmlText
{
    public static void AppendText(StringBuilder builder, string value)
    {
        // Nearly every value needs no escape: appended whole, not a character at a time (issue #16).
        if (value.AsSpan().IndexOfAny('&', '<', '>') < 0)
        {
            builder.Append(value);
            return;
        }

        foreach (var c in value)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                _ => builder.Append(c),
            };
        }
    }

    public static string Attribute(string value)
    {
        var builder = new StringBuilder(value.Length + 8);
        AppendText(builder, value);
        return builder.Replace("\"", "&quot;").ToString();
    }
}
