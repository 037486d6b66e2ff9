using System.Globalization;
using System.IO.Abstractions;
using System.Text;
using RiskReporting.Testing;
using RiskReporting.Validation.Findings;

namespace RiskReporting.Validation.Tests;

/// <summary>findings.csv as message-format.md writes it, with the formula-injection amendment of 2026-12-01.</summary>
public sealed class FindingsFileTests
{
    [Test]
    public void InjectionCorpus_IsWrittenWithALeadingQuote_AndSortedByTheTextBeforeIt()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("findings.csv");
        var keys = new[] { "+SUM(1)", "=cmd|' /C calc'!A0", "@x", "-x", "-1.5", "\tTAB", "\rCR", "A" };
        var findings = keys.Select(k => new Finding("JBL-001", Severity.Error, "B3P1", k, "CUST_NAME", k, "100001", "=HYPERLINK(\"http://x\")"));

        FindingsFile.Write(new FileSystem(), path, findings);
        var text = File.ReadAllText(path, Encoding.UTF8);

        // Sorted ordinally by the key before its prefix (tab 0x09, CR 0x0D, +, -1, -x, =, @, A); a cell holding CR is also quoted.
        var expected = new StringBuilder(FindingsFile.Header).Append('\n');
        foreach (var (key, shown) in new[]
        {
            ("\tTAB", "'\tTAB"), ("\rCR", "\"'\rCR\""), ("+SUM(1)", "'+SUM(1)"), ("-1.5", "-1.5"), ("-x", "'-x"),
            ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"), ("@x", "'@x"), ("A", "A"),
        })
        {
            expected.Append(CultureInfo.InvariantCulture, $"JBL-001,ERROR,B3P1,{shown},CUST_NAME,{shown},100001,\"'=HYPERLINK(\"\"http://x\"\")\"\n");
        }

        Assert.That(text, Is.EqualTo(expected.ToString()));
    }
}
