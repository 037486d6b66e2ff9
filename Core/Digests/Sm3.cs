using Org.BouncyCastle.Crypto.Digests;

namespace RiskReporting.Core.Digests;

/// <summary>SM3 (GB/T 32905) digests as the index file writes them: 64 lowercase hex characters.</summary>
public sealed class Sm3
{
    private readonly SM3Digest _digest = new();

    public void Append(ReadOnlySpan<byte> bytes) => _digest.BlockUpdate(bytes);

    public string HexAndReset()
    {
        var result = new byte[_digest.GetDigestSize()];
        _digest.DoFinal(result, 0);
        return Convert.ToHexStringLower(result);
    }

    public static string Of(ReadOnlySpan<byte> bytes)
    {
        var sm3 = new Sm3();
        sm3.Append(bytes);
        return sm3.HexAndReset();
    }
}
