using RiskReporting.Testing;

namespace RiskReporting.Extraction.Tests;

/// <summary>A source value that cannot be read stops the extraction with the rule file, the row's key and the column, never "row 1" alone.</summary>
public sealed class UnreadableSourceValueTests
{
    [Test]
    public void TextInALoanBalance_NamesTheRuleFileTheReceiptNumberAndTheColumn()
    {
        using var directory = new TemporaryDirectory();
        using var bank = new SourceBank(directory.File("source.db"));
        bank.Customer("C1");
        bank.Loan("R-OK", "C1", 1_000m);
        bank.Loan("R-BAD", "C1", 1_000m);
        bank.Execute("UPDATE loan_month_end SET balance = '12abc' WHERE receipt_no = 'R-BAD'");

        var error = Assert.Throws<ExtractionException>(() => ScenarioExtraction.Extract(bank))!;

        // The row number depends on the query's order; the receipt number names the row.
        Assert.That(error.Message, Does.Match(@"^" + System.Text.RegularExpressions.Regex.Escape(Path.Combine(ScenarioExtraction.Rules, "2026.1-1", "loans.sql"))
            + @"：row \d \(receipt_no=R-BAD\), column balance：'12abc' 不是数字 \(not a number\)。$"));
    }

    [Test]
    public void ADateThatIsNoDate_NamesTheRuleFileTheKeyAndTheColumn()
    {
        using var directory = new TemporaryDirectory();
        using var bank = new SourceBank(directory.File("source.db"));
        bank.Customer("C1");
        bank.Line("L1", "C1", 60_000_000m);
        bank.Execute("UPDATE credit_line SET end_date = 'soon' WHERE credit_no = 'L1'");

        var error = Assert.Throws<ExtractionException>(() => ScenarioExtraction.Extract(bank))!;

        Assert.That(error.Message, Does.EndWith("lines.sql：row 1 (credit_no=L1), column end_date：'soon' 不是日期 (not a date)。"));
    }
}
