namespace RiskReporting.Scheduler.Tests.Cli;

public sealed class TraceCommandTests
{
    [Test]
    public void Trace_ALoanRecord_ShowsItsValuesAndTheSourceRowItCameFrom()
    {
        using var folder = RiskReportProcess.NewFolder();
        RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "tiny");
        CliUsers.Operator(folder.Path, "--config", "bank/appsettings.json");
        RiskReportProcess.Run(folder.Path, "run", "--period", "202610", "--config", "bank/appsettings.json");
        var receipt = FirstLoanReceipt(folder);

        var result = RiskReportProcess.Run(folder.Path, "trace", "--period", "202610", "--part", "B1P3", "--key", receipt, "--config", "bank/appsettings.json");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Zero, result.Error);
            Assert.That(result.Output, Does.Contain("LOAN_BAL").And.Contain($"loans.sql receipt_no={receipt}"));
        });
    }

    [Test]
    public void Trace_AnUnknownKey_SaysSoInOneLine()
    {
        using var folder = RiskReportProcess.NewFolder();
        RiskReportProcess.Run(folder.Path, "demo", "init", "--no-users", "--out", "bank", "--size", "tiny");
        CliUsers.Operator(folder.Path, "--config", "bank/appsettings.json");
        RiskReportProcess.Run(folder.Path, "run", "--period", "202610", "--config", "bank/appsettings.json");

        var result = RiskReportProcess.Run(folder.Path, "trace", "--period", "202610", "--part", "B1P3", "--key", "NO-SUCH-LOAN", "--config", "bank/appsettings.json");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Error, Does.Contain("NO-SUCH-LOAN"));
        });
    }

    /// <summary>The first B1P3 record of the package's B1 file (receipt numbers are the B1P3 key).</summary>
    private static string FirstLoanReceipt(RiskReporting.Testing.TemporaryDirectory folder)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(Directory.GetFiles(folder.File("bank/work/202610/01"), "*.zip").Single());
        using var reader = new StreamReader(zip.Entries[0].Open(), RiskReporting.Core.Text.Gb18030.Encoding);
        var text = reader.ReadToEnd();
        var start = text.IndexOf("<PART code=\"B1P3\"", StringComparison.Ordinal);
        var receipt = text.IndexOf("<RECEIPT_NO>", start, StringComparison.Ordinal) + "<RECEIPT_NO>".Length;
        return text[receipt..text.IndexOf("</RECEIPT_NO>", receipt, StringComparison.Ordinal)];
    }
}
