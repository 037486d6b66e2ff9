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
            Assert.That(Inspect(EvidenceFiles.Pdf(_folder.Path, "scan.jpg")).Kind, Is.EqualTo(EvidenceKind.Pdf));
            Assert.That(Inspect(EvidenceFiles.Png(_folder.Path)).Kind, Is.EqualTo(EvidenceKind.Png));
            Assert.That(Inspect(EvidenceFiles.Jpeg(_folder.Path)).Kind, Is.EqualTo(EvidenceKind.Jpeg));
            Assert.That(Inspect(EvidenceFiles.Docx(_folder.Path, "contract.zip")).Kind, Is.EqualTo(EvidenceKind.Docx));
            Assert.That(Inspect(EvidenceFiles.Xlsx(_folder.Path)).Kind, Is.EqualTo(EvidenceKind.Xlsx));
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
            Assert.That(refusal, Does.Contain("zip bomb"));
        });
    }

    private static (EvidenceKind? Kind, string? Refusal) Inspect(string path)
    {
        using var stream = File.OpenRead(path);
        return ContentInspector.Inspect(stream);
    }
}
