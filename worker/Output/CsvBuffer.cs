using System.Buffers.Text;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Output;

/// <summary>
/// A large CSV output built straight as UTF-8 bytes (no BOM, LF), for the per-step files
/// (<c>allocation.csv</c>, <c>curves.csv</c>, <c>keys.csv</c>): numbers are formatted into the
/// buffer without intermediate strings, with exactly the text of <see cref="CsvText"/>'s
/// invariant formats (watt-hours <c>0.###</c>, fractions <c>0.000000</c>). Either the whole file
/// is kept (<see cref="ToArray"/>), or it goes to a stream through a fixed buffer (<see cref="Flush"/>):
/// then memory stays <see cref="StreamBufferBytes"/> whatever the file's size.
/// </summary>
public sealed class CsvBuffer
{
    /// <summary>The buffer of a streamed file; a row is far shorter than the room always kept (<see cref="Reserve"/>).</summary>
    public const int StreamBufferBytes = 1 << 16;

    private readonly Stream? _sink;
    private byte[] _bytes;
    private int _length;

    public CsvBuffer(string header, long expectedBytes)
    {
        _bytes = new byte[(int)Math.Clamp(expectedBytes, 1024, Array.MaxLength)];
        Append(header).Append('\n');
    }

    /// <summary>A file written to <paramref name="sink"/> as it grows; call <see cref="Flush"/> at its end.</summary>
    public CsvBuffer(Stream sink, string header)
    {
        _sink = sink;
        _bytes = new byte[StreamBufferBytes];
        Append(header).Append('\n');
    }

    /// <summary>Writes what is buffered to the sink (a streamed file's end).</summary>
    public void Flush()
    {
        if (_sink is null)
        {
            throw new InvalidOperationException("This CSV is kept whole: use ToArray.");
        }

        _sink.Write(_bytes, 0, _length);
        _length = 0;
    }

    public CsvBuffer Append(string text)
    {
        Reserve(Encoding.UTF8.GetMaxByteCount(text.Length));
        _length += Encoding.UTF8.GetBytes(text, _bytes.AsSpan(_length));
        return this;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public CsvBuffer Append(ReadOnlySpan<byte> utf8)
    {
        Reserve(utf8.Length);
        utf8.CopyTo(_bytes.AsSpan(_length));
        _length += utf8.Length;
        return this;
    }

    /// <summary>One ASCII character (a separator, a digit, the line end).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public CsvBuffer Append(char ascii)
    {
        Reserve(1);
        _bytes[_length++] = (byte)ascii;
        return this;
    }

    /// <summary>Watt-hours with up to 3 decimals and no trailing zeros, as <see cref="CsvText.WattHours"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public CsvBuffer AppendWattHours(Energy energy) => AppendFixed(energy.MilliwattHours, 1000, 3, trimZeros: true);

    /// <summary>A number of millionths with exactly 6 decimals (<c>0.000000</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public CsvBuffer AppendMillionths(long millionths) => AppendFixed(millionths, 1_000_000, 6, trimZeros: false);

    public byte[] ToArray() => _bytes.AsSpan(0, _length).ToArray();

    /// <remarks>Compiled optimized at its first call: it formats every number of the large files.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private CsvBuffer AppendFixed(long value, long scale, int decimals, bool trimZeros)
    {
        if (value == long.MinValue)
        {
            return Append((value / (decimal)scale).ToString(trimZeros ? "0.###" : "0.000000", CultureInfo.InvariantCulture));
        }

        if (value < 0)
        {
            Append('-');
            value = -value;
        }

        Reserve(24);
        Utf8Formatter.TryFormat(value / scale, _bytes.AsSpan(_length), out var written);
        _length += written;
        var fraction = value % scale;
        if (trimZeros && fraction == 0)
        {
            return this;
        }

        var digits = decimals;
        while (trimZeros && fraction % 10 == 0)
        {
            fraction /= 10;
            digits--;
        }

        _bytes[_length++] = (byte)'.';
        for (var i = digits - 1; i >= 0; i--)
        {
            _bytes[_length + i] = (byte)('0' + (fraction % 10));
            fraction /= 10;
        }

        _length += digits;
        return this;
    }

    /// <summary>Room for <paramref name="count"/> more bytes: the common case is one comparison, the rest is <see cref="Grow"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Reserve(int count)
    {
        if (_length + count > _bytes.Length)
        {
            Grow(count);
        }
    }

    private void Grow(int count)
    {
        if (_sink is not null && count <= _bytes.Length)
        {
            Flush();
            return;
        }

        var size = (int)Math.Min(Math.Max((long)_bytes.Length * 2, (long)_length + count), Array.MaxLength);
        Array.Resize(ref _bytes, size);
    }
}
