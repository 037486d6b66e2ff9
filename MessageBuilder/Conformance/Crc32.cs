namespace RiskReporting.MessageBuilder.Conformance;

/// <summary>
/// The zip CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320), to check each entry's stored CRC. Computed
/// incrementally as an entry streams by: <see cref="Start"/>, <see cref="Append"/> per chunk, <see cref="Finish"/>.
/// </summary>
internal static class Crc32
{
    public const uint Start = 0xFFFFFFFFu;

    private static readonly uint[] Table = BuildTable();

    public static uint Append(uint crc, ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc;
    }

    public static uint Finish(uint crc) => ~crc;

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
