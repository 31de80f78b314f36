using System.Buffers;

namespace Daisee.Billing.Requester.Chain.Rlp;

/// <summary>Serialises <see cref="RlpItem"/> values (Ethereum Yellow Paper, appendix B).</summary>
public static class RlpEncoder
{
    /// <summary>The RLP bytes of <paramref name="item"/>.</summary>
    public static byte[] Encode(RlpItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var buffer = new ArrayBufferWriter<byte>();
        Write(buffer, item);
        return buffer.WrittenSpan.ToArray();
    }

    private static void Write(ArrayBufferWriter<byte> buffer, RlpItem item)
    {
        if (!item.IsList)
        {
            var bytes = item.Bytes.AsSpan();
            if (bytes.Length == 1 && bytes[0] < 0x80)
            {
                buffer.Write(bytes);
                return;
            }

            WriteHeader(buffer, 0x80, bytes.Length);
            buffer.Write(bytes);
            return;
        }

        var payload = new ArrayBufferWriter<byte>();
        foreach (var child in item.Items)
        {
            Write(payload, child);
        }

        WriteHeader(buffer, 0xc0, payload.WrittenCount);
        buffer.Write(payload.WrittenSpan);
    }

    private static void WriteHeader(ArrayBufferWriter<byte> buffer, byte offset, int length)
    {
        if (length < 56)
        {
            buffer.Write([(byte)(offset + length)]);
            return;
        }

        Span<byte> lengthBytes = stackalloc byte[4];
        var significant = 4;
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(lengthBytes, length);
        while (lengthBytes[4 - significant] == 0)
        {
            significant--;
        }

        buffer.Write([(byte)(offset + 55 + significant)]);
        buffer.Write(lengthBytes[(4 - significant)..]);
    }
}
