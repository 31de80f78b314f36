namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// Passes text through unchanged while counting the occurrences of one tag (such as
/// <c>&lt;PDC&gt;</c>), so that when an XML file turns out malformed its points after the error,
/// which no parser can read, are still counted: <see cref="CountToEnd"/> reads the rest.
/// </summary>
public sealed class TagCountingReader(TextReader inner, string tag) : TextReader
{
    private string _carry = string.Empty;

    public long Count { get; private set; }

    public override int Peek() => inner.Peek();

    public override int Read()
    {
        var c = inner.Read();
        if (c >= 0)
        {
            Scan([(char)c]);
        }

        return c;
    }

    public override int Read(Span<char> buffer)
    {
        var n = inner.Read(buffer);
        Scan(buffer[..n]);
        return n;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    /// <summary>Reads the rest of the text and returns the number of tags in the whole of it.</summary>
    public long CountToEnd()
    {
        var buffer = new char[8192];
        while (Read(buffer) > 0)
        {
        }

        return Count;
    }

    private void Scan(ReadOnlySpan<char> chunk)
    {
        if (chunk.IsEmpty)
        {
            return;
        }

        // The last tag.Length − 1 characters of the previous chunk may begin a tag this one ends.
        var text = string.Concat(_carry, chunk);
        var i = 0;
        while ((i = text.IndexOf(tag, i, StringComparison.Ordinal)) >= 0)
        {
            Count++;
            i += tag.Length;
        }

        _carry = text.Length >= tag.Length ? text[^(tag.Length - 1)..] : text;
    }
}
