using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Daisee.Billing.Requester.Chain;
using Nethereum.Signer;

namespace Daisee.Billing.Requester.Iexec.LocalStack;

/// <summary>
/// The local stack's Secret Management Service on the <see cref="LoopbackFileServer"/>, for dataset keys (web3
/// secrets) only, with the routes and answers of the iExec SMS that the SDK and <see cref="SmsClient"/> use:
/// <c>POST /secrets/web3?secretAddress=</c> (body = the base64 key, <c>Authorization</c> = the dataset owner's
/// personal signature of <see cref="SmsChallenge.ForDatasetKey"/>; 401 when the signer is not the on-chain
/// owner, 409 when a key is already set: keys are immutable) and <c>HEAD</c>/<c>GET</c> (200 when set, 404 when
/// not). The key is handed only to the <see cref="LocalWorkerpool"/>, which plays the TEE pre-compute.
/// </summary>
public sealed class LocalSms
{
    private readonly PocoClient _poco;
    private readonly ConcurrentDictionary<Address, string> _datasetKeys = new();

    public LocalSms(LoopbackFileServer files, PocoClient poco)
    {
        ArgumentNullException.ThrowIfNull(files);
        _poco = poco;
        files.Route("/secrets", AnswerAsync);
    }

    /// <summary>The base64 key pushed for <paramref name="dataset"/>, or null.</summary>
    public string? DatasetKey(Address dataset) => _datasetKeys.TryGetValue(dataset, out var key) ? key : null;

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var request = context.Request;
        if (request.Url!.AbsolutePath != "/secrets/web3" || !Address.TryParse(request.QueryString["secretAddress"] ?? string.Empty, out var dataset))
        {
            context.Response.StatusCode = (int)HttpStatusCode.NotFound;
            return;
        }

        context.Response.StatusCode = request.HttpMethod switch
        {
            "HEAD" or "GET" => (int)(_datasetKeys.ContainsKey(dataset) ? HttpStatusCode.OK : HttpStatusCode.NotFound),
            "POST" => (int)await StoreAsync(dataset, request),
            _ => (int)HttpStatusCode.MethodNotAllowed,
        };
    }

    private async Task<HttpStatusCode> StoreAsync(Address dataset, HttpListenerRequest request)
    {
        using var reader = new StreamReader(request.InputStream, Encoding.UTF8);
        var key = await reader.ReadToEndAsync();
        if (Encoding.UTF8.GetByteCount(key) > SmsClient.MaxSecretBytes)
        {
            return HttpStatusCode.RequestEntityTooLarge;
        }

        if (!await IsSignedByOwnerAsync(dataset, key, request.Headers["Authorization"]))
        {
            return HttpStatusCode.Unauthorized;
        }

        return _datasetKeys.TryAdd(dataset, key) ? HttpStatusCode.NoContent : HttpStatusCode.Conflict;
    }

    private async Task<bool> IsSignedByOwnerAsync(Address dataset, string key, string? authorization)
    {
        if (string.IsNullOrEmpty(authorization))
        {
            return false;
        }

        string signer;
        try
        {
            signer = new EthereumMessageSigner().EcRecover(SmsChallenge.ForDatasetKey(dataset, key).ToArray(), authorization);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or IndexOutOfRangeException)
        {
            return false;
        }

        return Address.TryParse(signer, out var recovered) && recovered == await _poco.OwnerOfAsync(dataset, CancellationToken.None);
    }
}
