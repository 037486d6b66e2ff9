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
            Assert.That(refusal, Is.EqualTo("内容不是 PDF、JPEG、PNG、XLSX 或 DOCX（实为 Windows 可执行文件 (executable)）"));
        });
    }

    [Test]
    public void PdfFollowedByAZipHoldingAnExe_IsRefusedAsADisguisedArchive()
    {
        var (kind, refusal) = Inspect(EvidenceFiles.PdfThenZipWithExe(_folder.Path));

        Assert.Multiple(() =>
        {
            Assert.That(kind, Is.Null);
            Assert.That(refusal, Is.EqualTo("PDF 末尾附有 zip 压缩包：按伪装压缩包 (disguised archive) 拒收"));
        });
    }

    [Test]
    public void PdfFollowedByAPeHeader_IsRefusedNamingWhatFollowsTheEndMarker()
    {
        var (kind, refusal) = Inspect(EvidenceFiles.PdfThenPe(_folder.Path));

        Assert.Multiple(() =>
        {
            Assert.That(kind, Is.Null);
            Assert.That(refusal, Is.EqualTo("PDF 最后的 %%EOF 之后还有 20 字节（Windows 可执行文件 (executable)）：按伪装文件 (disguised file) 拒收"));
        });
    }

    [Test]
    public void PdfFollowedByAnElfHeader_IsRefusedNamingWhatFollowsTheEndMarker()
    {
        var (kind, refusal) = Inspect(EvidenceFiles.PdfThenElf(_folder.Path));

        Assert.Multiple(() =>
        {
            Assert.That(kind, Is.Null);
            Assert.That(refusal, Is.EqualTo("PDF 最后的 %%EOF 之后还有 20 字节（ELF 可执行文件 (executable)）：按伪装文件 (disguised file) 拒收"));
        });
    }

    [Test]
    public void FileThatOnlyStartsAndEndsLikeAPdf_IsRefusedBecauseItDoesNotParse()
    {
        var (kind, refusal) = Inspect(EvidenceFiles.PdfShellAroundPe(_folder.Path));

        Assert.Multiple(() =>
        {
            Assert.That(kind, Is.Null);
            Assert.That(refusal, Does.StartWith("无法解析为 PDF (does not parse as a PDF："));
        });
    }

    [Test]
    public void ImagesWithAnotherFileAppended_AreRefused()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Inspect(EvidenceFiles.JpegThenZip(_folder.Path)),
                Is.EqualTo(((EvidenceKind?)null, "JPEG 末尾附有 zip 压缩包：按伪装压缩包 (disguised archive) 拒收")));
            Assert.That(Inspect(EvidenceFiles.PngThenElf(_folder.Path)),
                Is.EqualTo(((EvidenceKind?)null, "PNG 的结束块 (IEND) 之后还有 20 字节：按伪装文件 (disguised file) 拒收")));
        });
    }

    [Test]
    public void DocxWithMacros_IsRefused()
    {
        var (kind, refusal) = Inspect(EvidenceFiles.Docx(_folder.Path, "macro.docx", macros: true));

        Assert.Multiple(() =>
        {
            Assert.That(kind, Is.Null);
            Assert.That(refusal, Does.Contain("含宏 (macros)"));
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
            Assert.That(refusal, Is.EqualTo("XLSX 的部件 xl/worksheets/sheet1.xml 解压后超过限额：疑为压缩炸弹 (zip bomb)，不予接收"));
        });
    }

    [Test]
    public void NestedZipBombInADocxWithoutItsDocumentPart_IsRefused()
    {
        var (kind, refusal) = Inspect(EvidenceFiles.NestedZipBombWithoutDocument(_folder.Path));

        Assert.Multiple(() =>
        {
            Assert.That(kind, Is.Null);
            Assert.That(refusal, Does.StartWith("Office 容器既不是 Word 文档（缺少 word/document.xml）"));
        });
    }

    [Test]
    public void ArchiveInsideACompleteDocx_IsRefusedBeforeItIsInflated()
    {
        var (kind, refusal) = Inspect(EvidenceFiles.DocxHoldingNestedZipBomb(_folder.Path));

        Assert.Multiple(() =>
        {
            Assert.That(kind, Is.Null);
            Assert.That(refusal, Is.EqualTo("DOCX 内含zip 压缩包 (archive)（word/embeddings/inner.zip）：文档中嵌有压缩包或程序，不予接收"));
        });
    }

    [Test]
    public void DocxWithoutItsRelationshipsPart_IsRefused()
    {
        var (kind, refusal) = Inspect(EvidenceFiles.DocxWithoutRelationships(_folder.Path));

        Assert.Multiple(() =>
        {
            Assert.That(kind, Is.Null);
            Assert.That(refusal, Is.EqualTo("Office 文件缺少关系部件 (relationships part) _rels/.rels"));
        });
    }

    private static (EvidenceKind? Kind, string? Refusal) Inspect(string path)
    {
        using var stream = File.OpenRead(path);
        return ContentInspector.Inspect(stream);
    }
}
