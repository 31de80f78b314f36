namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// A file offered by a zip or a folder, before <see cref="EntryCheck"/> accepts it: its name as
/// written, its declared size (negative when the archive's unsigned size does not fit), the
/// CRC-32 the archive declares (null for folders) and a refusal already known to the container
/// (link, encryption, special file).
/// </summary>
public sealed record EntryCandidate(string Name, long Length, Func<Stream> Open)
{
    public uint? Crc32 { get; init; }

    public string? Refusal { get; init; }
}
