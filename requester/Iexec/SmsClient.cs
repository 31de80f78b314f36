using System.Globalization;
using System.Net;
using System.Text;
using Daisee.Billing.Requester.Chain;
using Nethereum.Signer;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// The iExec Secret Management Service: pushes a dataset's AES key (a web3 secret, immutable
/// once set) so that only TEE tasks the dataset owner's orders allow can decrypt it.
/// </summary>
public sealed class SmsClient(HttpClient http, Uri baseAddress)
{
    /// <summary>Maximum secret size the SMS accepts, in bytes.</summary>
    public const int MaxSecretBytes = 4096;

    /// <summary>True when the SMS already holds a key for <paramref name="dataset"/>.</summary>
    public async Task<bool> HasDatasetKeyAsync(Address dataset, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, Web3Uri(dataset));
        using var response = await http.SendAsync(request, cancellationToken);
        return response.StatusCode switch
        {
            HttpStatusCode.NoContent or HttpStatusCode.OK => true,
            HttpStatusCode.NotFound => false,
            _ => throw new HttpRequestException($"The SMS at {baseAddress} answered {(int)response.StatusCode} to a key lookup."),
        };
    }

    /// <summary>POST /secrets/web3?secretAddress=…, body = the base64 key, header Authorization = the owner's signed challenge.</summary>
    public async Task PushDatasetKeyAsync(EthECKey datasetOwner, Address dataset, string base64Key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(datasetOwner);
        if (Encoding.UTF8.GetByteCount(base64Key) > MaxSecretBytes)
        {
            throw new ArgumentException("An SMS secret is at most 4096 bytes.", nameof(base64Key));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, Web3Uri(dataset))
        {
            Content = new StringContent(base64Key, Encoding.UTF8, "text/plain"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", SmsChallenge.Authorization(datasetOwner, SmsChallenge.ForDatasetKey(dataset, base64Key)));
        using var response = await http.SendAsync(request, cancellationToken);
        var problem = response.StatusCode switch
        {
            HttpStatusCode.NoContent or HttpStatusCode.OK => null,
            HttpStatusCode.Unauthorized => $"the SMS refused the key: {datasetOwner.Address} is not the on-chain owner of dataset {dataset}, or the signature is wrong",
            HttpStatusCode.Conflict => $"the SMS already holds a key for dataset {dataset} (keys are immutable): publish a new dataset to change it",
            HttpStatusCode.RequestEntityTooLarge => "the key is larger than the SMS accepts (4096 bytes)",
            _ => string.Create(CultureInfo.InvariantCulture, $"the SMS answered {(int)response.StatusCode}"),
        };
        if (problem is not null)
        {
            throw new HttpRequestException($"Pushing the dataset key failed: {problem}.");
        }
    }

    private Uri Web3Uri(Address dataset) => new(baseAddress, $"secrets/web3?secretAddress={dataset.ToLowerHex()}");
}
