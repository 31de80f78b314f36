using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json.Nodes;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Orders;
using Nethereum.ABI.EIP712;
using Nethereum.Signer;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// Write side of the iExec market API: <c>POST /&lt;kind&gt;orders?chainId</c> with <c>{"order": signedOrder}</c>,
/// <c>PUT /&lt;kind&gt;orders?chainId</c> with <c>{"target":"unpublish_orderHash","orderHash"}</c>, and
/// <c>GET /&lt;kind&gt;orders/&lt;orderHash&gt;</c>. Writes carry the gateway's authorization: the EIP-712
/// <c>Challenge</c> of <c>GET /challenge?chainId&amp;address</c>, signed, as <c>hash_signature_address</c>.
/// </summary>
public sealed class MarketPublisher(HttpClient http, Uri gateway, BigInteger chainId)
{
    /// <summary>Publishes <paramref name="order"/> (signed by <paramref name="signer"/>); returns the order hash the market answers.</summary>
    public async Task<Hash32> PublishAsync<TOrder>(string kind, SignedOrder<TOrder> order, EthECKey signer, CancellationToken cancellationToken)
        where TOrder : IOrder
    {
        var body = new JsonObject { ["order"] = MarketOrderJson.Write(order) };
        var answer = await SendAsync(HttpMethod.Post, kind, body, signer, cancellationToken);
        return MarketOrderJson.Bytes32(answer, "orderHash");
    }

    /// <summary>Removes the order <paramref name="orderHash"/> from the market (the chain is not touched).</summary>
    public async Task UnpublishAsync(string kind, Hash32 orderHash, EthECKey signer, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["target"] = "unpublish_orderHash", ["orderHash"] = orderHash.ToString() };
        await SendAsync(HttpMethod.Put, kind, body, signer, cancellationToken);
    }

    /// <summary>The published entry of <paramref name="orderHash"/>: <c>{orderHash, order, remaining, status, signer}</c>.</summary>
    public async Task<JsonObject> GetAsync(string kind, Hash32 orderHash, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(new Uri(gateway, $"{kind}orders/{orderHash}?chainId={Text(chainId)}"), cancellationToken);
        return await ReadAsync(response, kind, cancellationToken);
    }

    /// <summary>The authorization header value for <paramref name="signer"/>.</summary>
    public async Task<string> AuthorizeAsync(EthECKey signer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signer);
        using var response = await http.GetAsync(new Uri(gateway, $"challenge?chainId={Text(chainId)}&address={signer.Address.ToLowerHex()}"), cancellationToken);
        var answer = await ReadAsync(response, "challenge", cancellationToken);
        var typedData = answer["data"] as JsonObject ?? throw new FormatException("The market API's challenge has no typed data.");
        var hash = new Hash32(Eip712TypedDataEncoder.Current.CalculateTypedDataHashes(typedData.ToJsonString()).TypedDataHash);
        return $"{hash}_{Hex.Encode(signer.SignDigest(hash))}_{signer.Address.ToLowerHex()}";
    }

    private async Task<JsonObject> SendAsync(HttpMethod method, string kind, JsonObject body, EthECKey signer, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(gateway, $"{kind}orders?chainId={Text(chainId)}"))
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("authorization", await AuthorizeAsync(signer, cancellationToken));
        using var response = await http.SendAsync(request, cancellationToken);
        return await ReadAsync(response, kind + "orders", cancellationToken);
    }

    private async Task<JsonObject> ReadAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var root = text.Length > 0 ? JsonNode.Parse(text) as JsonObject : null;
        if (!response.IsSuccessStatusCode || root?["ok"]?.GetValue<bool>() != true)
        {
            var error = (string?)root?["error"] ?? (text.Length <= 200 ? text : text[..197] + "...");
            throw new HttpRequestException($"The market API at {gateway} answered {(int)response.StatusCode} to {what}: {error}");
        }

        return root;
    }

    private static string Text(BigInteger value) => value.ToString(CultureInfo.InvariantCulture);
}
