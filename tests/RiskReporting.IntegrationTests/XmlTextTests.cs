using System.Text;
using RiskReporting.MessageBuilder.Xml;

namespace RiskReporting.IntegrationTests;

/// <summary>The writer's only escaping (message-format.md): &amp;, &lt;, &gt; in text, and &quot; too in attributes; nothing else changes.</summary>
public sealed class XmlTextTests
{
    [TestCase("", "")]
    [TestCase("星海贸易有限公司", "星海贸易有限公司")]
    [TestCase("A&B", "A&amp;B")]
    [TestCase("<R>", "&lt;R&gt;")]
    [TestCase("&&<>", "&amp;&amp;&lt;&gt;")]
    [TestCase("\"quoted\" 'single'", "\"quoted\" 'single'")]
    [TestCase("12.50", "12.50")]
    [TestCase("甲&乙>丙", "甲&amp;乙&gt;丙")]
    public void TextIsEscapedOnlyWhereTheFormatSays(string value, string expected)
    {
        var builder = new StringBuilder("<X>");
        XmlText.AppendText(builder, value);
        Assert.That(builder.ToString(), Is.EqualTo("<X>" + expected));
    }

    [TestCase("B0001H111000001", "B0001H111000001")]
    [TestCase("a\"b&c", "a&quot;b&amp;c")]
    public void AttributesAlsoEscapeQuotes(string value, string expected) => Assert.That(XmlText.Attribute(value), Is.EqualTo(expected));
}
