using System.Text;
using RiskReporting.Core.Text;

namespace RiskReporting.Core.Spill;

/// <summary>
/// Reads what a <see cref="BinaryWriter"/> wrote to a spill file (little-endian Int32, Boolean, and strings as their UTF-8 length in
/// 7-bit groups and then the bytes) from a buffer of its own. <see cref="BinaryReader"/> makes a virtual call down the stream for
/// every length byte and every string, which was a third of the time spent re-reading a spilled part (issue #16).
/// </summary>
public sealed class SpillReader : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Short texts kept per column: a part has many readers at once (one per spilled run and pass), each with its own.</summary>
    private const int TextsPerColumn = 1024;

    private readonly Stream _stream;
    private RepeatedTexts?[] _texts = [];
    private byte[] _buffer;
    private int _position;
    private int _length;

    public SpillReader(Stream stream, int bufferSize = 1 << 16)
    {
        _stream = stream;
        _buffer = new byte[bufferSize];
    }

    public int ReadInt32()
    {
        Ensure(4);
        var value = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(_buffer.AsSpan(_position));
        _position += 4;
        return value;
    }

    public bool ReadBoolean()
    {
        Ensure(1);
        return _buffer[_position++] != 0;
    }

    public string ReadString()
    {
        var bytes = ReadStringBytes();
        return bytes.IsEmpty ? string.Empty : Utf8.GetString(bytes);
    }

    /// <summary>
    /// The next string, the one <see cref="ReadString()"/> gives, taken from this reader's texts of <paramref name="column"/> when
    /// it is short and the column's short texts repeat (<see cref="RepeatedTexts"/>): a spilled part is read again by the store,
    /// the validation and the package, each with readers of its own (issue #16).
    /// </summary>
    public string ReadString(int column)
    {
        var bytes = ReadStringBytes();
        if (column >= _texts.Length)
        {
            Array.Resize(ref _texts, Math.Max(column + 1, 2 * _texts.Length));
        }

        return (_texts[column] ??= new RepeatedTexts(TextsPerColumn)).Get(bytes);
    }

    /// <summary>The UTF-8 bytes of the next string, valid until the next read: for a pass that parses a value without making a string of it.</summary>
    public ReadOnlySpan<byte> ReadStringBytes()
    {
        var length = Read7BitEncodedInt();
        Ensure(length);
        _position += length;
        return _buffer.AsSpan(_position - length, length);
    }

    private int Read7BitEncodedInt()
    {
        // As BinaryReader.Read7BitEncodedInt: at most five bytes, the fifth holding the top four bits.
        var result = 0u;
        for (var shift = 0; shift < 35; shift += 7)
        {
            Ensure(1);
            var b = _buffer[_position++];
            if (shift == 28 && b > 0b_1111)
            {
                throw new FormatException("Too many bytes in what should have been a 7-bit encoded integer.");
            }

            result |= (b & 0x7Fu) << shift;
            if (b < 0x80)
            {
                if ((int)result < 0)
                {
                    throw new FormatException("The spill file holds a negative string length.");
                }

                return (int)result;
            }
        }

        throw new FormatException("Too many bytes in what should have been a 7-bit encoded integer.");
    }

    /// <summary>At least <paramref name="count"/> unread bytes in the buffer, or the end of the stream, which a spill file never reaches early.</summary>
    private void Ensure(int count)
    {
        if (_length - _position >= count)
        {
            return;
        }

        var left = _length - _position;
        if (count > _buffer.Length)
        {
            var larger = new byte[Math.Max(count, _buffer.Length * 2)];
            _buffer.AsSpan(_position, left).CopyTo(larger);
            _buffer = larger;
        }
        else
        {
            _buffer.AsSpan(_position, left).CopyTo(_buffer);
        }

        (_position, _length) = (0, left);
        while (_length < count)
        {
            var read = _stream.Read(_buffer, _length, _buffer.Length - _length);
            if (read == 0)
            {
                throw new EndOfStreamException("A spill file ended in the middle of an item.");
            }

            _length += read;
        }
    }

    public void Dispose() => _stream.Dispose();
}
