namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// Publishes datasets by writing them into <paramref name="folder"/>, which a web server serves at
/// <paramref name="publicBase"/> (e.g. a static site root synced to https://data.example.org/daisee/).
/// The URL must be reachable by iExec workers; the file is never changed once published (its name is its checksum).
/// </summary>
public sealed class FolderDatasetStorage(string folder, Uri publicBase) : IDatasetStorage
{
    /// <inheritdoc />
    public async Task<Uri> PublishAsync(string fileName, byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        if (fileName.Contains('/', StringComparison.Ordinal) || fileName.Contains('\\', StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{fileName}' is not a plain file name.", nameof(fileName));
        }

        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, fileName), content, cancellationToken);
        var root = publicBase.AbsoluteUri.EndsWith('/') ? publicBase : new Uri(publicBase.AbsoluteUri + "/");
        return new Uri(root, Uri.EscapeDataString(fileName));
    }
}
