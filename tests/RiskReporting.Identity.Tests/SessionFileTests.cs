using System.IO.Abstractions;
using RiskReporting.Identity.Sessions;
using RiskReporting.Testing;

namespace RiskReporting.Identity.Tests;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SessionFileTests
{
    [Test]
    public void SessionFile_IsWrittenOwnerOnly_InAnOwnerOnlyFolder()
    {
        using var folder = new TemporaryDirectory();
        var file = new SessionFile(new FileSystem(), folder.File("home/.config/riskreport/session"));

        file.Write("token-1");
        file.Write("token-2");

        Assert.Multiple(() =>
        {
            Assert.That(file.Read(), Is.EqualTo("token-2"));
            Assert.That(File.GetUnixFileMode(file.Path), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
            Assert.That(File.GetUnixFileMode(folder.File("home/.config/riskreport")), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));
        });
    }

    [Test]
    public void DefaultPath_IsTheVariableWhenSet_ElseUnderHome()
    {
        Assert.Multiple(() =>
        {
            Assert.That(SessionFile.DefaultPath(n => n == SessionFile.Variable ? "/tmp/s1" : null), Is.EqualTo("/tmp/s1"));
            Assert.That(SessionFile.DefaultPath(n => n == "HOME" ? "/home/li" : null), Is.EqualTo("/home/li/.config/riskreport/session"));
        });
    }
}
