namespace Daisee.Billing.Worker.Domain;

/// <summary>
/// One file of the dataset: its path relative to the dataset root ('/' separators, as written),
/// its size, and a way to open it. Entries are opened as streams, never read whole into strings.
/// <see cref="Sha256"/> is set once the entry was read through and verified at opening.
/// </summary>
public sealed record DatasetEntry(string Path, long Length, Func<Stream> Open)
{
    public string? Sha256 { get; init; }
}
