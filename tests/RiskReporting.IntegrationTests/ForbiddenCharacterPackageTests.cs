using System.IO.Abstractions;
using System.IO.Compression;
using System.Xml;
using RiskReporting.Core.Configuration;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Text;
using RiskReporting.Extraction;
using RiskReporting.MessageBuilder.Packaging;
using RiskReporting.MessageBuilder.Xml;
using RiskReporting.Testing;
using RiskReporting.Validation;
using RiskReporting.Validation.Findings;

namespace RiskReporting.IntegrationTests;

/// <summary>
/// Spec amendment 2026-12-01: U+FFFE and U+FFFF in source text are removed like control characters, each
/// removal a TS-DQ-010 finding, so the package stays well-formed XML for a strict parser and khfx-check.
/// </summary>
public sealed class ForbiddenCharacterPackageTests
{
    [Test]
    public void CorporateGroupAndRetailNamesWithNonCharacters_GiveAWellFormedPackage_AndTsDq010Findings()
    {
        using var work = new TemporaryDirectory();
        using (var bank = new SourceBank(work.File("source.db")))
        {
            bank.Group("G1", name: "星海\uFFFE集团");
            bank.Customer("C1", name: "星海\uFFFF贸易有限公司");
            bank.Member("G1", "C1", memberType: "1", parentFlag: "1");
            bank.Line("L1", "G1", 80_000_000m, holderKind: "GROUP");
            bank.Split("L1", "C1", 80_000_000m);
            bank.Loan("R1", "C1", 60_000_000m, creditNo: "L1");
            bank.Insert("retail_loan", ("receipt_no", "P1"), ("contract_no", "PHT1"), ("cust_no", "P-C1"), ("borrower_name", "张\uFFFE三"), ("id_type", "1"),
                ("id_no", "110101199001011237"), ("branch_code", SourceBank.Branch), ("product", "1"), ("guar_mode", "4"), ("currency", "CNY"),
                ("issue_amount", 100_000m), ("issue_date", "2025-01-01"), ("maturity_date", "2030-01-01"));
            bank.Insert("retail_month_end", ("as_of", "2026-10-31"), ("receipt_no", "P1"), ("balance", 90_000m), ("default_amount", 5_000m), ("default_days", 120), ("five_class", "4"));
            bank.EmptyLedger(work.File("inbox"));
        }

        var period = new ReportingPeriod(2026, 10);
        var snapshot = new MonthEndExtraction(new FileSystem()).Run(new ConnectionTarget(DatabaseKind.Sqlite, work.File("source.db")),
            DemoBankRuns.Rules, work.File("inbox"), new ExtractionSettings(period, 5000.00m));
        var package = new PackageWriter(new FileSystem()).Write(work.Path, new MessageHeader("B0001H111000001", period, 1), snapshot.Records);
        var findings = new SnapshotValidator(ValidationOnDemoBankTests.Catalogue, new ValidationOptions()).Validate(snapshot);

        Assert.Multiple(() =>
        {
            Assert.That(StrictlyParsedEntries(package.Path), Is.EqualTo(5));
            Assert.That(findings.Where(f => f.Rule == "TS-DQ-010").Select(f => $"{f.Part}|{f.Key}|{f.Field}"),
                Is.SupersetOf(new[] { "B1P1|1|G1|L1|CUST_NAME", "B2P1|G1|GROUP_NAME", "B3P1|C1|CUST_NAME", "B1P2|G1|L1|C1|MEMBER_NAME", "B5|P1|NAME" }));
            Assert.That(snapshot["B2P1"].Single()["GROUP_NAME"], Is.EqualTo("星海集团"));
            Assert.That(KhfxChecker.Check(package.Path).ExitCode, Is.Zero, () => KhfxChecker.Check(package.Path).Output);
        });
    }

    /// <summary>Reads every XML entry with XmlReader's default (strict) settings over its GB18030 bytes; throws on the first character XML forbids.</summary>
    private static int StrictlyParsedEntries(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        var parsed = 0;
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var bytes = new MemoryStream();
            using (var stream = entry.Open())
            {
                stream.CopyTo(bytes);
            }

            // The parser takes the encoding from the declaration; GB18030 is known once the code pages are registered.
            _ = Gb18030.Encoding;
            using var reader = XmlReader.Create(new MemoryStream(bytes.ToArray()), new XmlReaderSettings());
            while (reader.Read())
            {
            }

            parsed++;
        }

        return parsed;
    }
}
