namespace Daisee.Billing.Worker.Tests.Hostile;

/// <summary>One entry of a <see cref="RawZip"/>: every field defaults to an honest stored entry.</summary>
public sealed record RawZipEntry(string Name, byte[] Data)
{
    public ushort Flags { get; init; }

    public ushort Method { get; init; }

    public uint? Crc { get; init; }

    public uint? CompressedSize { get; init; }

    public uint? UncompressedSize { get; init; }

    public uint ExternalAttributes { get; init; } = 0x81A4u << 16;

    public byte[] Extra { get; init; } = [];

    public byte[]? LocalExtra { get; init; }

    /// <summary>Writes the entry's stored bytes straight to the archive (big entries); then CRC and sizes must be given.</summary>
    public Action<Stream>? Content { get; init; }
}
