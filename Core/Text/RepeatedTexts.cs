using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace RiskReporting.Core.Text;

/// <summary>
/// One column's short texts, made into strings once and handed out again when the same UTF-8 bytes come back (issue #16): codes,
/// currencies, branch numbers and dates repeat on nearly every row, and a new string for each was a tenth of what a medium run
/// allocated in reading the source and a fifth in re-reading the spilled parts. The string is the one
/// <see cref="Encoding.UTF8"/> makes of the bytes (invalid bytes become U+FFFD, as in every reader that uses it); only whether it
/// is a new object differs. A column whose short texts do not repeat (of the first <see cref="Trial"/>, fewer than half were
/// found again) stops looking, and the cache holds at most its capacity of texts.
/// </summary>
/// <remarks>
/// The texts are kept in an open-addressing table of their own (linear probing, at most half full, grown by doubling): a text of
/// at most 16 bytes is its two little-endian 64-bit words and its length, so a lookup is one multiply-and-shift and a compare of
/// three numbers, where a <see cref="Dictionary{TKey,TValue}"/> of tuples combined three hashes and divided by a prime on every
/// value of every row (3–4 % of a medium run's CPU in the profile, ADR 0024).
/// </remarks>
public sealed class RepeatedTexts(int capacity = 8192)
{
    public const int MaxBytes = 16;
    private const int Trial = 4096;
    private const int InitialSlots = 64;

    private Slot[] _slots = new Slot[InitialSlots];
    private int _shift = 64 - BitOperations.Log2(InitialSlots);
    private int _count;
    private int _lookups;
    private int _found;
    private bool _repeating = true;

    /// <summary>The texts held now: at most the capacity, and none once the column is found not to repeat.</summary>
    public int Count => _count;

    /// <summary>The text of these UTF-8 bytes; a long one, or any in a column found not to repeat, is made anew.</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxBytes || !_repeating)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        var (low, high) = Words(utf8);
        var length = utf8.Length;
        var slots = _slots;
        var mask = slots.Length - 1;
        var i = (int)(Hash(low, high, length) >> _shift);
        string? text;
        while (true)
        {
            ref var slot = ref slots[i];
            if (slot.Text is null)
            {
                text = Encoding.UTF8.GetString(utf8);
                if (_count < capacity)
                {
                    slot = new Slot(low, high, length, text);
                    if (++_count * 2 > slots.Length)
                    {
                        Grow();
                    }
                }

                break;
            }

            if (slot.Low == low && slot.High == high && slot.Length == length)
            {
                text = slot.Text;
                _found++;
                break;
            }

            i = (i + 1) & mask;
        }

        if (++_lookups == Trial && _found < Trial / 2)
        {
            _repeating = false;
            _slots = [];
            _count = 0;
        }

        return text;
    }

    /// <summary>The bytes as two little-endian words, zero past the end: with the length, they are the text's key.</summary>
    private static (ulong Low, ulong High) Words(ReadOnlySpan<byte> utf8) => utf8.Length >= 8
        ? (BinaryPrimitives.ReadUInt64LittleEndian(utf8), Partial(utf8[8..]))
        : (Partial(utf8), 0UL);

    /// <summary>At most eight bytes as a little-endian word, zero past the end, read without a copy (the reads may overlap).</summary>
    private static ulong Partial(ReadOnlySpan<byte> bytes)
    {
        var n = bytes.Length;
        if (n >= 4)
        {
            return n == 8
                ? BinaryPrimitives.ReadUInt64LittleEndian(bytes)
                : BinaryPrimitives.ReadUInt32LittleEndian(bytes) | ((ulong)BinaryPrimitives.ReadUInt32LittleEndian(bytes[(n - 4)..]) << ((n - 4) * 8));
        }

        return n == 0 ? 0UL : bytes[0] | ((ulong)bytes[n / 2] << (n / 2 * 8)) | ((ulong)bytes[n - 1] << ((n - 1) * 8));
    }

    /// <summary>Fibonacci hashing of the key: the top bits of the product pick the slot.</summary>
    private static ulong Hash(ulong low, ulong high, int length) =>
        (low * 0x9E3779B97F4A7C15UL ^ BitOperations.RotateLeft(high * 0xC2B2AE3D27D4EB4FUL, 31) ^ (ulong)length) * 0x9E3779B97F4A7C15UL;

    private void Grow()
    {
        var old = _slots;
        var slots = new Slot[old.Length * 2];
        var shift = _shift - 1;
        var mask = slots.Length - 1;
        foreach (var slot in old)
        {
            if (slot.Text is null)
            {
                continue;
            }

            var i = (int)(Hash(slot.Low, slot.High, slot.Length) >> shift);
            while (slots[i].Text is not null)
            {
                i = (i + 1) & mask;
            }

            slots[i] = slot;
        }

        (_slots, _shift) = (slots, shift);
    }

    private readonly record struct Slot(ulong Low, ulong High, int Length, string? Text);
}
