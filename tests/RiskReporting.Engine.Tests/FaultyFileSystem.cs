using System.IO.Abstractions;

namespace RiskReporting.Engine.Tests;

/// <summary>
/// The real file system with faults injected where a test says: a move that completes and then "crashes", a delete that crashes before
/// it deletes, a file stream that runs out of space after a number of bytes. Each fault is a predicate on the path(s), checked per call.
/// </summary>
public sealed class FaultyFileSystem : FileSystem
{
    /// <summary>ENOSPC, the errno .NET on Linux puts in an IOException's HResult when the disk is full.</summary>
    public const int DiskFullHResult = 28;

    public FaultyFileSystem()
    {
        File = new FaultyFile(this);
        FileStream = new FaultyFileStreamFactory(this);
    }

    /// <summary>After the real move from the first path to the second, throw (a crash right after the move).</summary>
    public Func<string, string, bool> CrashAfterMove { get; set; } = (_, _) => false;

    /// <summary>Before deleting the path, throw (a crash right before the delete).</summary>
    public Func<string, bool> CrashBeforeDelete { get; set; } = _ => false;

    /// <summary>A stream opened for writing on a path this matches accepts this many bytes, then throws ENOSPC; null: no limit.</summary>
    public Func<string, long?> SpaceLeft { get; set; } = _ => null;

    public override IFile File { get; }

    public override IFileStreamFactory FileStream { get; }

    private sealed class FaultyFile(FaultyFileSystem fileSystem) : FileWrapper(fileSystem)
    {
        public override void Move(string sourceFileName, string destFileName)
        {
            base.Move(sourceFileName, destFileName);
            CrashIf(fileSystem.CrashAfterMove(sourceFileName, destFileName), $"crash injected after moving {sourceFileName} to {destFileName}");
        }

        public override void Move(string sourceFileName, string destFileName, bool overwrite)
        {
            base.Move(sourceFileName, destFileName, overwrite);
            CrashIf(fileSystem.CrashAfterMove(sourceFileName, destFileName), $"crash injected after moving {sourceFileName} to {destFileName}");
        }

        public override void Delete(string path)
        {
            CrashIf(fileSystem.CrashBeforeDelete(path), $"crash injected before deleting {path}");
            base.Delete(path);
        }

        private static void CrashIf(bool crash, string message)
        {
            if (crash)
            {
                throw new InjectedCrashException(message);
            }
        }
    }

    /// <summary>The real factory's streams; a path <see cref="SpaceLeft"/> limits gets a stream that fills up.</summary>
    private sealed class FaultyFileStreamFactory(FaultyFileSystem fileSystem) : IFileStreamFactory
    {
        private readonly IFileStreamFactory _real = new FileSystem().FileStream;

        public IFileSystem FileSystem => fileSystem;

        public FileSystemStream New(Microsoft.Win32.SafeHandles.SafeFileHandle handle, FileAccess access) => _real.New(handle, access);

        public FileSystemStream New(Microsoft.Win32.SafeHandles.SafeFileHandle handle, FileAccess access, int bufferSize) => _real.New(handle, access, bufferSize);

        public FileSystemStream New(Microsoft.Win32.SafeHandles.SafeFileHandle handle, FileAccess access, int bufferSize, bool isAsync) => _real.New(handle, access, bufferSize, isAsync);

        public FileSystemStream New(string path, FileMode mode) => Limit(path, FileAccess.ReadWrite, _real.New(path, mode));

        public FileSystemStream New(string path, FileMode mode, FileAccess access) => Limit(path, access, _real.New(path, mode, access));

        public FileSystemStream New(string path, FileMode mode, FileAccess access, FileShare share) => Limit(path, access, _real.New(path, mode, access, share));

        public FileSystemStream New(string path, FileMode mode, FileAccess access, FileShare share, int bufferSize) => Limit(path, access, _real.New(path, mode, access, share, bufferSize));

        public FileSystemStream New(string path, FileMode mode, FileAccess access, FileShare share, int bufferSize, bool useAsync) =>
            Limit(path, access, _real.New(path, mode, access, share, bufferSize, useAsync));

        public FileSystemStream New(string path, FileMode mode, FileAccess access, FileShare share, int bufferSize, FileOptions options) =>
            Limit(path, access, _real.New(path, mode, access, share, bufferSize, options));

        public FileSystemStream New(string path, FileStreamOptions options) => Limit(path, options.Access, _real.New(path, options));

        public FileSystemStream Wrap(System.IO.FileStream fileStream) => _real.Wrap(fileStream);

        private FileSystemStream Limit(string path, FileAccess access, FileSystemStream stream) =>
            access != FileAccess.Read && fileSystem.SpaceLeft(path) is { } left ? new FullDiskStream(stream, path, left) : stream;
    }

    private sealed class FullDiskStream(FileSystemStream inner, string file, long spaceLeft) : FileSystemStream(inner, inner.Name, false)
    {
        private long _written;

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (_written + buffer.Length > spaceLeft)
            {
                throw new IOException($"No space left on device : '{file}'", DiskFullHResult);
            }

            _written += buffer.Length;
            base.Write(buffer);
        }

        public override void WriteByte(byte value) => Write([value]);
    }
}
