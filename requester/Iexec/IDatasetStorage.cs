namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// Where a packed dataset is published so that iExec workers can download it: the dataset's
/// on-chain multiaddr is the URL returned here, its checksum the sha256 of the bytes served.
/// The local stack serves files over loopback; on Arbitrum it is a folder a web server serves
/// over https (<see cref="FolderDatasetStorage"/>).
/// </summary>
public interface IDatasetStorage
{
    /// <summary>Publishes <paramref name="content"/> under <paramref name="fileName"/> and returns the URL workers download it from.</summary>
    Task<Uri> PublishAsync(string fileName, byte[] content, CancellationToken cancellationToken);
}
