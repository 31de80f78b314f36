namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// A text reader whose lines are at most <see cref="MaxLineChars"/> characters: the rest of a
/// longer line is skipped up to its end (and counted in <see cref="LinesCut"/>), so that a file
/// of one gigabyte-long line costs a buffer, not a gigabyte string. The kept prefix is what the
/// format reader sees; it fails to parse, and its message quotes only a bounded part of it.
/// </summary>
public sealed class BoundedLineReader(TextReader inner) : TextReader
{
    public const int MaxLineChars = 16 * 1024;

    private readonly char[] _buffer = new char[8192];
    private int _position;
    private int _length;

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
        var cut = false;
        while (Fill())
        {
            var span = _buffer.AsSpan(_position, _length - _position);
            var end = span.IndexOfAny('\r', '\n');
            var chunk = end < 0 ? span : span[..end];
            var room = MaxLineChars - line.Length;
            line.Append(chunk[..Math.Min(room, chunk.Length)]);
            cut |= chunk.Length > room;
            _position += chunk.Length;
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

        LinesCut += cut ? 1 : 0;
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

    private bool Fill()
    {
        if (_position < _length)
        {
            return true;
        }

        _length = inner.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0;
    }
}
