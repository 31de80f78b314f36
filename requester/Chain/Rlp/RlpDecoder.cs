namespace Daisee.Billing.Requester.Chain.Rlp;

/// <summary>
/// Parses RLP bytes strictly: canonical lengths only, no trailing bytes; anything else is a
/// <see cref="FormatException"/>.
/// </summary>
public static class RlpDecoder
{
    /// <summary>The single item that <paramref name="encoded"/> holds.</summary>
    public static RlpItem Decode(ReadOnlySpan<byte> encoded)
    {
        var item = ReadItem(encoded, out var consumed);
        if (consumed != encoded.Length)
        {
            throw new FormatException($"RLP: {encoded.Length - consumed} trailing byte(s).");
        }

        return item;
    }

    private static RlpItem ReadItem(ReadOnlySpan<byte> data, out int consumed)
    {
        if (data.IsEmpty)
        {
            throw new FormatException("RLP: unexpected end of input.");
        }

        var prefix = data[0];
        if (prefix < 0x80)
        {
            consumed = 1;
            return RlpItem.FromBytes(data[..1]);
        }

        var isList = prefix >= 0xc0;
        var (headerLength, payloadLength) = ReadHeader(data, isList ? (byte)0xc0 : (byte)0x80);
        consumed = checked(headerLength + payloadLength);
        var payload = data[headerLength..consumed];
        if (!isList)
        {
            if (payloadLength == 1 && payload[0] < 0x80)
            {
                throw new FormatException("RLP: a single byte below 0x80 must encode itself.");
            }

            return RlpItem.FromBytes(payload);
        }

        var items = new List<RlpItem>();
        while (!payload.IsEmpty)
        {
            items.Add(ReadItem(payload, out var used));
            payload = payload[used..];
        }

        return RlpItem.List(items);
    }

    private static (int HeaderLength, int PayloadLength) ReadHeader(ReadOnlySpan<byte> data, byte offset)
    {
        var marker = data[0] - offset;
        if (marker < 56)
        {
            return Checked(data, 1, marker);
        }

        var lengthOfLength = marker - 55;
        if (data.Length < 1 + lengthOfLength || lengthOfLength > 4 || data[1] == 0)
        {
            throw new FormatException("RLP: bad long length.");
        }

        long length = 0;
        foreach (var b in data.Slice(1, lengthOfLength))
        {
            length = (length << 8) | b;
        }

        if (length < 56 || length > int.MaxValue)
        {
            throw new FormatException("RLP: non-canonical or oversized length.");
        }

        return Checked(data, 1 + lengthOfLength, (int)length);
    }

    private static (int, int) Checked(ReadOnlySpan<byte> data, int headerLength, int payloadLength) =>
        (long)headerLength + payloadLength <= data.Length
            ? (headerLength, payloadLength)
            : throw new FormatException("RLP: length runs past the end of input.");
}
