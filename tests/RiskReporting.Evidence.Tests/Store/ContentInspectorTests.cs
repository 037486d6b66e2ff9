using RiskReporting.Evidence.Disputes;
using RiskReporting.Evidence.Store;
using RiskReporting.Testing;

namespace RiskReporting.Evidence.Tests.Store;

public sealed class ContentInspectorTests
{
    private readonly TemporaryDirectory _folder = new();

    [OneTimeTearDown]
    public void RemoveFolder() => _folder.Dispose();

    [Test]
    public void EachAcceptedKind_IsRecognisedByContentWhateverItsName()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Inspect(EvidenceFiles.Pdf(_folder.Path, "scan.jpg")), Is.EqualTo((EvidenceKind.Pdf, (string?)null)));
            Assert.That(Inspect(EvidenceFiles.Png(_folder.Path)), Is.EqualTo((EvidenceKind.Png, (string?)null)));
            Assert.That(Inspect(EvidenceFiles.Jpeg(_folder.Path)), Is.EqualTo((EvidenceKind.Jpeg, (string?)null)));
            Assert.That(Inspect(EvidenceFiles.Docx(_folder.Path, "contract.zip")), Is.EqualTo((EvidenceKind.Docx, (string?)null)));
            Assert.That(Inspect(EvidenceFiles.Xlsx(_folder.Path)), Is.EqualTo((EvidenceKind.Xlsx, (string?)null)));
        });
    }

    [Test]
    public void ExecutableRenamedPdf_IsRefusedAndSaidToBeAnExecutable()
    {
        var (kind, refusal) = Inspect(EvidenceFiles.ExecutableNamedPdf(_folder.Path));

        Assert.Multiple(() =>
        {
            Assert.That(kind, Is.Null);
            Assert.That(refusal, Is.EqualTo("content is not PDF, JPEG, PNG, XLSX or DOCX (it is a Windows executable)"));
        });
    }

    [Test]
    public void PdfFollowedByAZipHoldingAnExe_IsRefusedAsADisguisedArchive()
    {
        var (kind, refusal) = Inspect(EvidenceFiles.PdfThenZipWithExe(_folder.Path));

        Assert.Multiple(() =>
        {
            Assert.That(kind, Is.Null);
            Assert.That(refusal, Is.EqualTo("a PDF with a zip archive appended to it; refused as a disguised archive"));
        });
    }

    [Test]
    public void PdfFollowedByAPeHeader_IsRefusedNamingWhatFollowsTheEndMarker()
    {
        var (kind, refusal) = Inspect(EvidenceFiles.PdfThenPe(_folder.Path));

        Assert.Multiple(() =>
        {
            Assert.That(kind, Is.Null);
            Assert.That(refusal, Is.EqualTo("a PDF with 20 bytes after its final %%EOF (a Windows executable); refused as a disguised file"));
        });
    }

    [Test]
    public void PdfFollowedByAnElfHeader_IsRefusedNamingWhatFollowsTheEndMarker()
    {
        var (kind, refusal) = Inspect(EvidenceFiles.PdfThenElf(_folder.Path));

        Assert.Multiple(() =>
        {
            Assert.That(kind, Is.Null);
            Assert.That(refusal, Is.EqualTo("a PDF with 20 bytes after its final %%EOF (an ELF executable); refused as a disguised file"));
        });
    }

    [Test]
    public void FileThatOnlyStartsAndEndsLikeAPdf_IsRefusedBecauseItDoesNotParse()
    {
        var (kind, refusal) = Inspect(EvidenceFiles.PdfShellAroundPe(_folder.Path));

        Assert.Multiple(() =>
        {
            Assert.That(kind, Is.Null);
            Assert.That(refusal, Does.StartWith("does not parse as a PDF ("));
        });
    }

    [Test]
    public void ImagesWithAnotherFileAppended_AreRefused()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Inspect(EvidenceFiles.JpegThenZip(_folder.Path)),
                Is.EqualTo(((EvidenceKind?)null, "a JPEG with a zip archive appended to it; refused as a disguised archive")));
            Assert.That(Inspect(EvidenceFiles.PngThenElf(_folder.Path)),
                Is.EqualTo(((EvidenceKind?)null, "a PNG with 20 bytes after its end (IEND); refused as a disguised file")));
        });
    }

    [Test]
    public void DocxWithMacros_IsRefused()
    {
        var (kind, refusal) = Inspect(EvidenceFiles.Docx(_folder.Path, "macro.docx", macros: true));

        Assert.Multiple(() =>
        {
            Assert.That(kind, Is.Null);
            Assert.That(refusal, Does.Contain("with macros"));
        });
    }

    [Test]
    public void XlsxThatUnpacksBeyondTheBound_IsRefusedAsAZipBomb()
    {
        var path = EvidenceFiles.ZipBomb(_folder.Path);

        var (kind, refusal) = Inspect(path);

        Assert.Multiple(() =>
        {
            Assert.That(new FileInfo(path).Length, Is.LessThan(EvidenceLimits.MaxFileBytes));
            Assert.That(kind, Is.Null);
            Assert.That(refusal, Is.EqualTo("a XLSX whose part xl/worksheets/sheet1.xml inflates beyond the limits; refused as a possible zip bomb"));
        });
    }

    [Test]
    public void NestedZipBombInADocxWithoutItsDocumentPart_IsRefused()
    {
        var (kind, refusal) = Inspect(EvidenceFiles.NestedZipBombWithoutDocument(_folder.Path));

        Assert.Multiple(() =>
        {
            Assert.That(kind, Is.Null);
            Assert.That(refusal, Does.StartWith("an Office container that is neither a Word document (no word/document.xml)"));
        });
    }

    [Test]
    public void ArchiveInsideACompleteDocx_IsRefusedBeforeItIsInflated()
    {
        var (kind, refusal) = Inspect(EvidenceFiles.DocxHoldingNestedZipBomb(_folder.Path));

        Assert.Multiple(() =>
        {
            Assert.That(kind, Is.Null);
            Assert.That(refusal, Is.EqualTo("a DOCX holding a zip archive (word/embeddings/inner.zip); an archive or program inside a document is refused"));
        });
    }

    [Test]
    public void DocxWithoutItsRelationshipsPart_IsRefused()
    {
        var (kind, refusal) = Inspect(EvidenceFiles.DocxWithoutRelationships(_folder.Path));

        Assert.Multiple(() =>
        {
            Assert.That(kind, Is.Null);
            Assert.That(refusal, Is.EqualTo("an Office package without its relationships part (_rels/.rels)"));
        });
    }

    private static (EvidenceKind? Kind, string? Refusal) Inspect(string path)
    {
        using var stream = File.OpenRead(path);
        return ContentInspector.Inspect(stream);
    }
}
