using System.Security.Cryptography;

namespace RiskReporting.Engine.Backup;

/// <summary>Copies a stream while computing its length and SHA-256: a member going into a backup and coming out of one.</summary>
internal static class HashingCopy
{
    public static (long Length, string Sha256) Copy(Stream input, Stream output)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long length = 0;
        int read;
        while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            output.Write(buffer, 0, read);
            length += read;
        }

        return (length, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }
}
