namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// A text reader whose lines are at most <c>maxLineChars</c> characters, however it is
/// read (by lines, or by blocks as the CSV parser and XmlReader read): the rest of a longer line
/// is dropped up to its end (and counted in <see cref="LinesCut"/>), so that a file of one
/// gigabyte-long line costs a buffer, not a gigabyte string. The kept prefix is what the format
/// reader sees; it fails to parse, and its message quotes only a bounded part of it.
/// </summary>
public sealed class BoundedLineReader(TextReader inner, int maxLineChars = BoundedLineReader.MaxLineChars) : TextReader
{
    /// <summary>The bound for delimited text: no grid operator's row comes near it.</summary>
    public const int MaxLineChars = 16 * 1024;

    /// <summary>The bound for XML, where a whole flux may be one line: it bounds what one attribute can make the parser hold.</summary>
    public const int MaxXmlLineChars = 64 * 1024 * 1024;

    private readonly char[] _buffer = new char[8192];
    private int _position;
    private int _length;
    private int _lineLength;
    private bool _cutting;

    public long LinesCut { get; private set; }

    public override int Peek() => Fill() ? _buffer[_position] : -1;

    public override int Read() => Fill() ? _buffer[_position++] : -1;

    public override int Read(Span<char> buffer)
    {
        if (!Fill())
        {
            return 0;
        }

        var n = Math.Min(buffer.Length, _length - _position);
        _buffer.AsSpan(_position, n).CopyTo(buffer);
        _position += n;
        return n;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override string? ReadLine()
    {
        if (!Fill())
        {
            return null;
        }

        var line = new System.Text.StringBuilder();
        while (Fill())
        {
            var span = _buffer.AsSpan(_position, _length - _position);
            var end = span.IndexOfAny('\r', '\n');
            line.Append(end < 0 ? span : span[..end]);
            _position += end < 0 ? span.Length : end;
            if (end >= 0)
            {
                var carriageReturn = _buffer[_position] == '\r';
                _position++;
                if (carriageReturn && Fill() && _buffer[_position] == '\n')
                {
                    _position++;
                }

                break;
            }
        }

        return line.ToString();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Refills the buffer from the inner reader, dropping every character past <see cref="MaxLineChars"/> in a line.</summary>
    private bool Fill()
    {
        while (_position >= _length)
        {
            var read = inner.Read(_buffer, 0, _buffer.Length);
            if (read == 0)
            {
                return false;
            }

            var kept = 0;
            for (var i = 0; i < read; i++)
            {
                var c = _buffer[i];
                if (c is '\n' or '\r')
                {
                    _lineLength = 0;
                    _cutting = false;
                }
                else if (_lineLength >= maxLineChars)
                {
                    LinesCut += _cutting ? 0 : 1;
                    _cutting = true;
                    continue;
                }
                else
                {
                    _lineLength++;
                }

                _buffer[kept++] = c;
            }

            _position = 0;
            _length = kept;
        }

        return true;
    }
}
