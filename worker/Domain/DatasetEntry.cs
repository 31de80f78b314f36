namespace Daisee.Billing.Worker.Domain;

/// <summary>
/// One file of the dataset: its path relative to the dataset root ('/' separators), its size,
/// and a way to open it. Entries are opened as streams, never read whole into strings.
/// </summary>
public sealed record DatasetEntry(string Path, long Length, Func<Stream> Open);
