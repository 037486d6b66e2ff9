using System.IO.Abstractions;
using RiskReporting.Evidence.Store;
using RiskReporting.Testing;

namespace RiskReporting.Evidence.Tests.Store;

public sealed class EvidenceStoreTests
{
    private TemporaryDirectory _folder = null!;
    private EvidenceStore _store = null!;

    [SetUp]
    public void CreateStore()
    {
        _folder = new TemporaryDirectory();
        _store = new EvidenceStore(new FileSystem(), _folder.File("store"));
    }

    [TearDown]
    public void RemoveFolder() => _folder.Dispose();

    [Test]
    public void SameContentUploadedTwice_IsStoredOnceUnderItsSm3()
    {
        var first = _store.Add(EvidenceFiles.Pdf(_folder.Path, "a.pdf"));
        var second = _store.Add(EvidenceFiles.Pdf(_folder.Path, "b.pdf"));

        Assert.Multiple(() =>
        {
            Assert.That(second.Sm3, Is.EqualTo(first.Sm3));
            Assert.That(StoredFiles(), Is.EqualTo(new[] { Path.Combine(first.Sm3[..2], first.Sm3) }));
        });
    }

    [Test]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void StoredEvidence_IsReadableByTheEngineAccountOnly()
    {
        var stored = _store.Add(EvidenceFiles.Png(_folder.Path));

        var root = _folder.File("store");
        Assert.Multiple(() =>
        {
            Assert.That(File.GetUnixFileMode(root), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));
            Assert.That(File.GetUnixFileMode(Path.Combine(root, stored.Sm3[..2])), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));
            Assert.That(File.GetUnixFileMode(Path.Combine(root, stored.Sm3[..2], stored.Sm3)), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        });
    }

    [Test]
    public void FileOf21MiB_IsRefusedAndNothingIsStored()
    {
        var path = EvidenceFiles.LargePdf(_folder.Path, 21L * 1024 * 1024);

        var refused = Assert.Throws<EvidenceRejectedException>(() => _store.Add(path, "年报.pdf"))!;

        Assert.Multiple(() =>
        {
            Assert.That(refused.Message, Is.EqualTo("年报.pdf：21.0 MiB，超过单个证明材料 (evidence file) 允许的 20 MiB"));
            Assert.That(StoredFiles(), Is.Empty);
        });
    }

    [Test]
    public void RefusedContent_LeavesNoTemporaryFileBehind()
    {
        Assert.Throws<EvidenceRejectedException>(() => _store.Add(EvidenceFiles.ExecutableNamedPdf(_folder.Path)));

        Assert.That(StoredFiles(), Is.Empty);
    }

    private string[] StoredFiles() =>
        Directory.Exists(_folder.File("store"))
            ? [.. Directory.GetFiles(_folder.File("store"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_folder.File("store"), f))]
            : [];
}
