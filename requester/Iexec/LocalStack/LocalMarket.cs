using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Orders;
using Nethereum.ABI.EIP712;

namespace Daisee.Billing.Requester.Iexec.LocalStack;

/// <summary>
/// The local stack's market API on the <see cref="LoopbackFileServer"/>, backed by the chain: <c>GET /challenge</c>,
/// <c>POST</c> (publish, authorised and signed by the asset's owner), <c>PUT</c> (unpublish) and <c>GET</c> (list with
/// the <see cref="MarketQuery"/> filters, or one order by hash) on <c>/apporders</c>, <c>/datasetorders</c> and
/// <c>/workerpoolorders</c>. The remaining volume is the order's volume less <c>viewConsumed</c>: filled and
/// cancelled (<c>manageAppOrder</c> CLOSE) orders are no longer listed. Cheapest first, then oldest.
/// </summary>
public sealed class LocalMarket
{
    private readonly PocoClient _poco;
    private readonly ConcurrentDictionary<Hash32, MarketEntry> _orders = new();
    private readonly ConcurrentDictionary<Address, Hash32> _challenges = new();
    private long _sequence;

    public LocalMarket(LoopbackFileServer files, PocoClient poco)
    {
        ArgumentNullException.ThrowIfNull(files);
        _poco = poco;
        files.Route("/challenge", context => AnswerAsync(context, ChallengeAsync));
        foreach (var kind in new[] { "app", "dataset", "workerpool" })
        {
            files.Route($"/{kind}orders", context => AnswerAsync(context, (c, ct) => OrdersAsync(kind, c, ct)));
        }
    }

    /// <summary>Publishes an order without HTTP (the devchain's own orders); returns its hash.</summary>
    public async Task<Hash32> PublishAsync(string kind, JsonObject order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        var query = MarketQuery.ForKind(kind) ?? throw new ArgumentException($"No {kind} orders.", nameof(kind));
        var (hash, signer) = Inspect(kind, order);
        var owner = await _poco.OwnerOfAsync(MarketOrderJson.Addr(order, query.Asset), cancellationToken);
        if (signer != owner)
        {
            throw new MarketException(HttpStatusCode.BadRequest, $"the order is not signed by the {kind} owner {owner}");
        }

        _orders[hash] = new MarketEntry(kind, hash, order.DeepClone().AsObject(), signer, Interlocked.Increment(ref _sequence));
        return hash;
    }

    private async Task<JsonObject> OrdersAsync(string kind, HttpListenerContext context, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var path = request.Url!.AbsolutePath;
        var byHash = path.Length > $"/{kind}orders/".Length ? path[$"/{kind}orders/".Length..] : null;
        switch (request.HttpMethod)
        {
            case "GET" when byHash is not null:
                return Hash32.TryParse(byHash, out var hash) && _orders.TryGetValue(hash, out var entry) && entry.Kind == kind
                    ? await WriteAsync(entry, cancellationToken)
                    : throw new MarketException(HttpStatusCode.NotFound, $"{kind}order {byHash} not found");
            case "GET":
                return await ListAsync(kind, request, cancellationToken);
            case "POST":
                var signer = Authorize(request);
                var order = (await ReadBodyAsync(request))["order"] as JsonObject ?? throw new MarketException(HttpStatusCode.BadRequest, "the body has no order");
                if (Inspect(kind, order).Signer != signer)
                {
                    throw new MarketException(HttpStatusCode.Unauthorized, "the order is not signed by the authorised address");
                }

                var published = await PublishAsync(kind, order, cancellationToken);
                return new JsonObject { ["ok"] = true, ["published"] = new JsonObject { ["orderHash"] = published.ToString() }, ["orderHash"] = published.ToString() };
            case "PUT":
                return await UnpublishAsync(kind, Authorize(request), await ReadBodyAsync(request));
            default:
                throw new MarketException(HttpStatusCode.MethodNotAllowed, $"{request.HttpMethod} is not served");
        }
    }

    private async Task<JsonObject> ListAsync(string kind, HttpListenerRequest request, CancellationToken cancellationToken)
    {
        var query = MarketQuery.ForKind(kind)!;
        if (kind != "workerpool" && request.QueryString[query.Asset] is null)
        {
            throw new MarketException(HttpStatusCode.BadRequest, $"{query.Asset} is required");
        }

        var listed = new JsonArray();
        foreach (var entry in _orders.Values.Where(e => e.Kind == kind).OrderBy(e => MarketOrderJson.Int(e.Order, query.Price)).ThenBy(e => e.Sequence))
        {
            var remaining = await RemainingAsync(entry, cancellationToken);
            if (remaining > 0 && query.Reject(entry.Order, remaining, request.QueryString) is null)
            {
                listed.Add(await WriteAsync(entry, cancellationToken));
            }
        }

        return new JsonObject { ["ok"] = true, ["count"] = listed.Count, ["orders"] = listed };
    }

    private Task<JsonObject> UnpublishAsync(string kind, Address signer, JsonObject body)
    {
        var target = (string?)body["target"] ?? "unpublish_orderHash";
        var mine = _orders.Values.Where(e => e.Kind == kind && e.Signer == signer).OrderBy(e => e.Sequence).ToList();
        var removed = target switch
        {
            "unpublish_all" => mine,
            "unpublish_last" => mine.TakeLast(1).ToList(),
            _ => mine.Where(e => Hash32.TryParse((string?)body["orderHash"], out var h) && e.Hash == h).ToList(),
        };
        if (removed.Count == 0)
        {
            throw new MarketException(HttpStatusCode.NotFound, $"no {kind}order of {signer} to unpublish");
        }

        removed.ForEach(e => _orders.TryRemove(e.Hash, out _));
        return Task.FromResult(new JsonObject { ["ok"] = true, ["unpublished"] = new JsonArray([.. removed.Select(e => (JsonNode)e.Hash.ToString())]) });
    }

    private async Task<BigInteger> RemainingAsync(MarketEntry entry, CancellationToken cancellationToken) =>
        BigInteger.Max(0, MarketOrderJson.Int(entry.Order, "volume") - await _poco.ViewConsumedAsync(entry.Hash, cancellationToken));

    private async Task<JsonObject> WriteAsync(MarketEntry entry, CancellationToken cancellationToken)
    {
        var remaining = await RemainingAsync(entry, cancellationToken);
        return new JsonObject
        {
            ["ok"] = true,
            ["orderHash"] = entry.Hash.ToString(),
            ["chainId"] = (long)_poco.Node.ChainId,
            ["remaining"] = (long)remaining,
            ["status"] = remaining > 0 ? "open" : "filled",
            ["publicationTimestamp"] = "1970-01-01T00:00:00.000Z",
            ["signer"] = entry.Signer.ToLowerHex(),
            ["order"] = entry.Order.DeepClone(),
        };
    }

    private Task<JsonObject> ChallengeAsync(HttpListenerContext context, CancellationToken cancellationToken)
    {
        var text = context.Request.QueryString["address"];
        if (!Address.TryParse(text?.ToLowerInvariant(), out var address))
        {
            throw new MarketException(HttpStatusCode.BadRequest, "address is required");
        }

        var typedData = ChallengeTypedData(Convert.ToHexString(RandomNumberGenerator.GetBytes(16)));
        _challenges[address] = new Hash32(Eip712TypedDataEncoder.Current.CalculateTypedDataHashes(typedData.ToJsonString()).TypedDataHash);
        return Task.FromResult(new JsonObject { ["ok"] = true, ["data"] = typedData });
    }

    private JsonObject ChallengeTypedData(string random) => new()
    {
        ["types"] = new JsonObject
        {
            ["EIP712Domain"] = new JsonArray(Field("name", "string"), Field("version", "string"), Field("chainId", "uint256")),
            ["Challenge"] = new JsonArray(Field("challenge", "string")),
        },
        ["domain"] = new JsonObject { ["name"] = "iExec Gateway", ["version"] = "1", ["chainId"] = _poco.Node.ChainId.ToString(CultureInfo.InvariantCulture) },
        ["primaryType"] = "Challenge",
        ["message"] = new JsonObject { ["challenge"] = "Sign this message to log into iExec Gateway: " + random },
    };

    private static JsonObject Field(string name, string type) => new() { ["name"] = name, ["type"] = type };

    /// <summary>The address of a valid <c>hash_signature_address</c> header for the last challenge given to that address.</summary>
    private Address Authorize(HttpListenerRequest request)
    {
        var parts = (request.Headers["authorization"] ?? string.Empty).Split('_');
        if (parts.Length == 3 && Hash32.TryParse(parts[0], out var hash) && Address.TryParse(parts[2].ToLowerInvariant(), out var address)
            && _challenges.TryGetValue(address, out var issued) && issued == hash
            && ChainKeys.Recover(hash, Hex.Decode(parts[1])) == address)
        {
            return address;
        }

        throw new MarketException(HttpStatusCode.Unauthorized, "invalid authorization: sign the challenge of GET /challenge");
    }

    private (Hash32 Hash, Address Signer) Inspect(string kind, JsonObject order)
    {
        try
        {
            var (typed, sign) = kind switch
            {
                "app" => Typed(MarketOrderJson.ReadAppOrder(order)),
                "dataset" => Typed(MarketOrderJson.ReadDatasetOrder(order)),
                _ => Typed(MarketOrderJson.ReadWorkerpoolOrder(order)),
            };
            var hash = OrderSigning.Hash(typed, _poco.Domain);
            var signer = sign.Length == 65 ? ChainKeys.Recover(hash, sign) : null;
            return (hash, signer ?? throw new MarketException(HttpStatusCode.BadRequest, "the order's sign is not a valid signature"));
        }
        catch (FormatException e)
        {
            throw new MarketException(HttpStatusCode.BadRequest, e.Message);
        }
    }

    private static (IOrder Order, byte[] Sign) Typed<TOrder>(SignedOrder<TOrder> signed)
        where TOrder : IOrder => (signed.Order, signed.Sign.IsDefault ? [] : signed.Sign.ToArray());

    private static async Task<JsonObject> ReadBodyAsync(HttpListenerRequest request)
    {
        using var reader = new StreamReader(request.InputStream, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        return (text.Length > 0 ? JsonNode.Parse(text) as JsonObject : null) ?? throw new MarketException(HttpStatusCode.BadRequest, "the body is not a JSON object");
    }

    private static async Task AnswerAsync(HttpListenerContext context, Func<HttpListenerContext, CancellationToken, Task<JsonObject>> handle)
    {
        JsonObject answer;
        try
        {
            answer = await handle(context, CancellationToken.None);
            context.Response.StatusCode = 200;
        }
        catch (MarketException e)
        {
            answer = new JsonObject { ["ok"] = false, ["error"] = e.Message };
            context.Response.StatusCode = (int)e.Status;
        }
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException or InvalidOperationException or HttpRequestException)
        {
            answer = new JsonObject { ["ok"] = false, ["error"] = e.Message };
            context.Response.StatusCode = 400;
        }

        var bytes = Encoding.UTF8.GetBytes(answer.ToJsonString());
        context.Response.ContentType = "application/json";
        context.Response.ContentLength64 = bytes.LongLength;
        await context.Response.OutputStream.WriteAsync(bytes);
    }

    private sealed record MarketEntry(string Kind, Hash32 Hash, JsonObject Order, Address Signer, long Sequence);
}
