using RiskReporting.Core.Text;

namespace RiskReporting.Core.Tests.Text;

/// <summary>message-format.md, "Findings file" (amended 2026-12-01): a cell a spreadsheet would run as a formula gets a leading <c>'</c>.</summary>
public sealed class SpreadsheetCellTests
{
    [TestCase("+SUM(1)", "'+SUM(1)")]
    [TestCase("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0")]
    [TestCase("@x", "'@x")]
    [TestCase("-x", "'-x")]
    [TestCase("-", "'-")]
    [TestCase("--1", "'--1")]
    [TestCase("\tTAB", "'\tTAB")]
    [TestCase("\rCR", "'\rCR")]
    [TestCase("=1+1", "'=1+1")]
    public void FormulaLikeText_GetsALeadingQuote(string text, string expected) =>
        Assert.That(SpreadsheetCell.Neutralise(text), Is.EqualTo(expected));

    [TestCase("-1.5")]
    [TestCase("-3.07")]
    [TestCase("0.00")]
    [TestCase("")]
    [TestCase("星海集团")]
    [TestCase("a=b")]
    [TestCase(" =x")]
    [TestCase("'quoted")]
    [TestCase("B1P1")]
    public void OrdinaryText_AndNegativeNumbers_AreUnchanged(string text) =>
        Assert.That(SpreadsheetCell.Neutralise(text), Is.EqualTo(text));
}
