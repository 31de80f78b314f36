using System.Buffers;
using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;

namespace Daisee.Billing.Worker.Output.Pdf;

/// <summary>
/// A growing byte buffer with the PDF syntax of PdfPig 0.1.16's writer (the bytes its
/// <c>TokenWriter</c> and graphics operations write): numbers in fixed point with nine decimals
/// and the trailing zeros cut (<see cref="Number"/>), integral token values as integers
/// (<see cref="Value"/>), hexadecimal strings in capitals, LF line ends. Its storage is rented
/// from the shared array pool and given back by <see cref="Dispose"/> (a buffer not disposed is
/// simply collected), so that a document's scratch buffers cost no fresh memory.
/// </summary>
public sealed class PdfBuffer : IDisposable
{
    private static readonly StandardFormat FixedNine = new('F', 9);

    /// <summary>
    /// The text of numbers already written (a pure function of the double; documents repeat their
    /// sizes, baselines and margins), shared by all threads, at most <see cref="MostNumbers"/> kept.
    /// </summary>
    private static readonly ConcurrentDictionary<double, byte[]> Numbers = new();

    private const int MostNumbers = 200_000;

    private byte[] _bytes;

    public PdfBuffer(int capacity = 4096) => _bytes = ArrayPool<byte>.Shared.Rent(Math.Max(capacity, 64));

    public int Length { get; private set; }

    public ReadOnlySpan<byte> WrittenSpan => _bytes.AsSpan(0, Length);

    /// <summary>The written bytes, writable in place (the trailer's <c>/ID</c> is set once the rest is written).</summary>
    public Span<byte> Written => _bytes.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public void Dispose()
    {
        var bytes = _bytes;
        _bytes = [];
        Length = 0;
        if (bytes.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    public byte[] ToArray() => WrittenSpan.ToArray();

    public PdfBuffer Byte(byte value)
    {
        Reserve(1)[0] = value;
        Length++;
        return this;
    }

    public PdfBuffer Bytes(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Reserve(bytes.Length));
        Length += bytes.Length;
        return this;
    }

    /// <summary>ASCII (or Latin-1) text, one byte per character.</summary>
    public PdfBuffer Text(string text)
    {
        var written = Encoding.Latin1.GetBytes(text, Reserve(text.Length));
        Length += written;
        return this;
    }

    public PdfBuffer Digits(long value)
    {
        Utf8Formatter.TryFormat(value, Reserve(20), out var written);
        Length += written;
        return this;
    }

    /// <summary>
    /// A number as PdfPig's <c>WriteDouble</c> writes it: <c>F9</c>, then trailing zeros and a
    /// trailing point dropped (640 → 640, 13.6266666666 → 13.626666667, −0.0 → -0).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public PdfBuffer Number(double value)
    {
        if (Numbers.TryGetValue(value, out var known))
        {
            return Bytes(known);
        }

        var start = Length;
        Format(value);
        if (Numbers.Count < MostNumbers)
        {
            Numbers.TryAdd(value, WrittenSpan[start..].ToArray());
        }

        return this;
    }

    private void Format(double value)
    {
        var span = Reserve(352);
        Utf8Formatter.TryFormat(value, span, out var written, FixedNine);
        var last = written;
        for (var i = written - 1; i > 1 && span[i] == (byte)'0'; i--)
        {
            last--;
        }

        if (span[last - 1] == (byte)'.')
        {
            last--;
        }

        Length += last;
    }

    /// <summary>A numeric token's value: an integral value as an integer (PdfPig's <c>NumericToken.HasDecimalPlaces</c> false), else <see cref="Number"/>.</summary>
    public PdfBuffer Value(double value) => Math.Floor(value).Equals(value) ? Digits((int)value) : Number(value);

    /// <summary>Bytes as a hexadecimal string in capitals between angle brackets.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public PdfBuffer Hex(ReadOnlySpan<byte> bytes)
    {
        Byte((byte)'<');
        var span = Reserve(2 * bytes.Length);
        for (var i = 0; i < bytes.Length; i++)
        {
            span[2 * i] = HexDigit(bytes[i] >> 4);
            span[(2 * i) + 1] = HexDigit(bytes[i] & 0xF);
        }

        Length += 2 * bytes.Length;
        return Byte((byte)'>');
    }

    /// <summary>Room for at least <paramref name="count"/> more bytes, to write into, then <see cref="Advance"/>.</summary>
    public Span<byte> Free(int count) => Reserve(count);

    /// <summary>Counts <paramref name="count"/> bytes written into <see cref="Free"/>'s span.</summary>
    public void Advance(int count) => Length += count;

    private void Grow(int count)
    {
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_bytes.Length * 2, Length + count));
        _bytes.AsSpan(0, Length).CopyTo(larger);
        if (_bytes.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_bytes);
        }

        _bytes = larger;
    }

    private static byte HexDigit(int value) => (byte)(value < 10 ? '0' + value : 'A' + value - 10);

    private Span<byte> Reserve(int count)
    {
        if (Length + count > _bytes.Length)
        {
            Grow(count);
        }

        return _bytes.AsSpan(Length);
    }
}
