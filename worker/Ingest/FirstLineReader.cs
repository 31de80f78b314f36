namespace Daisee.Billing.Worker.Ingest;

/// <summary>A text reader that gives back text already consumed (a line or a head block, for format detection), then the rest of the underlying reader.</summary>
public sealed class FirstLineReader(string firstLine, TextReader rest, bool appendNewLine = true) : TextReader
{
    private string _pending = appendNewLine ? firstLine + "\n" : firstLine;
    private int _position;

    public override int Peek() => _position < _pending.Length ? _pending[_position] : rest.Peek();

    public override int Read() => _position < _pending.Length ? _pending[_position++] : rest.Read();

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (_position >= _pending.Length)
        {
            return rest.Read(buffer);
        }

        var n = Math.Min(buffer.Length, _pending.Length - _position);
        _pending.AsSpan(_position, n).CopyTo(buffer);
        _position += n;
        if (_position == _pending.Length)
        {
            _pending = string.Empty;
            _position = 0;
        }

        return n;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            rest.Dispose();
        }

        base.Dispose(disposing);
    }
}
