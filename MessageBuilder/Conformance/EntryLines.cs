using System.Text;
using System.Xml;
using RiskReporting.Core.Text;

namespace RiskReporting.MessageBuilder.Conformance;

/// <summary>
/// The text layer every XML entry shares: well-formed XML for a strict parser (XmlReader, default settings,
/// encoding from the declaration), GB18030 without a byte-order mark, and CRLF after every line, the last
/// included. The bytes are pushed in as they inflate (<see cref="Write"/>, then <see cref="Complete"/>), and
/// each decoded line goes to the handler with its number, so an entry of any size is read in one pass
/// holding one line at a time. A line break that is not CRLF is a problem.
/// </summary>
internal sealed class EntryLines(string name, ConformanceProblems problems, Action<int, string> onLine, EntryLines.TakeBytes? takeBytes = null)
{
    /// <summary>
    /// A reader's chance to take a line from its bytes, before it is decoded into a string (a report's records, issue #16). It
    /// returns false to have the line decoded and handed to the string handler, which then finds what the bytes did not settle.
    /// </summary>
    public delegate bool TakeBytes(int number, ReadOnlySpan<byte> line);

    private static readonly byte[] Gb18030Bom = [0x84, 0x31, 0x95, 0x33];

    private byte[] _pending = new byte[4096];
    private int _length;
    private int _scanned;
    private int _number;
    private long _total;
    private long _lineFeeds;
    private readonly byte[] _head = new byte[4];
    private int _headLength;
    private byte _last;
    private byte _beforeLast;

    public static void CheckWellFormed(string name, Stream content, ConformanceProblems problems)
    {
        try
        {
            using var reader = XmlReader.Create(content, new XmlReaderSettings());
            while (reader.Read())
            {
            }
        }
        catch (XmlException e)
        {
            problems.Add(name, e.LineNumber, "不是格式正确的 XML (not well-formed XML)：" + e.Message);
        }
    }

    public static void CheckWellFormed(string name, byte[] bytes, ConformanceProblems problems) =>
        CheckWellFormed(name, new MemoryStream(bytes, writable: false), problems);

    /// <summary>The lines of a small entry held whole (the index, the correction file).</summary>
    public static List<(int Number, string Text)> Read(string name, byte[] bytes, ConformanceProblems problems)
    {
        var lines = new List<(int, string)>();
        var reader = new EntryLines(name, problems, (number, text) => lines.Add((number, text)));
        reader.Write(bytes);
        reader.Complete();
        return lines;
    }

    public void Write(ReadOnlySpan<byte> chunk)
    {
        if (chunk.IsEmpty)
        {
            return;
        }

        Remember(chunk);
        if (_length + chunk.Length > _pending.Length)
        {
            Array.Resize(ref _pending, Math.Max(_pending.Length * 2, _length + chunk.Length));
        }

        chunk.CopyTo(_pending.AsSpan(_length));
        _length += chunk.Length;
        var start = 0;
        while (true)
        {
            var found = _pending.AsSpan(_scanned, _length - _scanned).IndexOf("\r\n"u8);
            if (found < 0)
            {
                break;
            }

            var end = _scanned + found;
            Emit(_pending.AsSpan(start, end - start));
            start = end + 2;
            _scanned = start;
        }

        if (start > 0)
        {
            _pending.AsSpan(start, _length - start).CopyTo(_pending);
            _length -= start;
        }

        // A CR at the end of the chunk may pair with an LF at the start of the next one.
        _scanned = Math.Max(0, _length - 1);
    }

    public void Complete()
    {
        if (_headLength > 0 && (_head.AsSpan(0, _headLength).StartsWith("\uFEFF"u8) || _head.AsSpan(0, _headLength).StartsWith(Gb18030Bom)))
        {
            problems.Add(name, 1, "以字节顺序标记 (byte-order mark) 开头");
        }

        if (!(_total >= 2 && _beforeLast == '\r' && _last == '\n'))
        {
            problems.Add(name, (int)(_lineFeeds + 1), "最后一行不以 CRLF 结尾");
        }

        if (_length > 0)
        {
            Emit(_pending.AsSpan(0, _length));
            _length = 0;
        }
    }

    private void Remember(ReadOnlySpan<byte> chunk)
    {
        var take = Math.Min(_head.Length - _headLength, chunk.Length);
        chunk[..take].CopyTo(_head.AsSpan(_headLength));
        _headLength += take;
        _lineFeeds += chunk.Count((byte)'\n');
        _beforeLast = chunk.Length >= 2 ? chunk[^2] : _last;
        _last = chunk[^1];
        _total += chunk.Length;
    }

    private void Emit(ReadOnlySpan<byte> line)
    {
        _number++;
        if (takeBytes is null || !takeBytes(_number, line))
        {
            onLine(_number, Decode(line));
        }
    }

    private string Decode(ReadOnlySpan<byte> line)
    {
        if (line.IndexOfAny((byte)'\r', (byte)'\n') >= 0)
        {
            problems.Add(name, _number, "换行符不是 CRLF (not CRLF)");
        }

        try
        {
            return Gb18030Reading.GetStringStrict(line);
        }
        catch (DecoderFallbackException)
        {
            problems.Add(name, _number, "不是有效的 GB18030 (not valid GB18030)");
            return Gb18030.Encoding.GetString(line);
        }
    }
}
