namespace Daisee.Billing.Requester.Results;

/// <summary>
/// How much a result zip may hold before it is refused unread: entries, bytes per entry and bytes in
/// all (uncompressed). A billing result is a few hundred files of a few MB at most; the defaults leave
/// a wide margin and still stop a zip bomb before it fills the memory.
/// </summary>
public sealed record ResultZipLimits(int MaxEntries, long MaxEntryBytes, long MaxTotalBytes)
{
    /// <summary>10 000 entries, 128 MiB per entry, 512 MiB in all.</summary>
    public static ResultZipLimits Default { get; } = new(10_000, 128L << 20, 512L << 20);
}
