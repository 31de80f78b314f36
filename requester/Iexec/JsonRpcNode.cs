using System.Collections.Immutable;
using System.Net.Http.Json;
using System.Numerics;
using System.Text.Json.Nodes;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Abi;
using Daisee.Billing.Requester.Chain.Crypto;
using Daisee.Billing.Requester.Chain.Transactions;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// <see cref="IChainNode"/> over JSON-RPC/HTTP: EIP-1559 transactions (nonce from
/// <c>pending</c>, fee = 2·baseFee + tip, gas = 1.25·estimate), receipts polled every
/// <see cref="PollInterval"/>; reverts (at estimation or mined) are decoded with
/// <see cref="RevertReason"/> and the contract's custom errors.
/// Stop-gap until <c>Chain/Rpc</c> lands: keep this surface when swapping the transport.
/// </summary>
public sealed class JsonRpcNode : IChainNode
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);
    private readonly HttpClient _http;
    private readonly Uri _endpoint;
    private readonly ImmutableArray<AbiError> _errors;
    private readonly ImmutableDictionary<Selector, string> _names;
    private long _nextId;

    private JsonRpcNode(HttpClient http, Uri endpoint, BigInteger chainId, IEnumerable<AbiError> errors, IEnumerable<AbiFunction> functions)
    {
        _http = http;
        _endpoint = endpoint;
        ChainId = chainId;
        _errors = [.. errors];
        _names = functions.DistinctBy(f => f.Selector).ToImmutableDictionary(f => f.Selector, f => f.Name);
    }

    /// <inheritdoc />
    public BigInteger ChainId { get; }

    /// <summary>How long <see cref="SendAsync"/> waits for a receipt.</summary>
    public TimeSpan ReceiptTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Connects (reads <c>eth_chainId</c>); <paramref name="errors"/> and <paramref name="functions"/> make revert messages readable.</summary>
    public static async Task<JsonRpcNode> ConnectAsync(
        HttpClient http, Uri endpoint, IEnumerable<AbiError> errors, IEnumerable<AbiFunction> functions, CancellationToken cancellationToken)
    {
        var probe = new JsonRpcNode(http, endpoint, 0, [], []);
        var chainId = Quantity(await probe.RequestAsync("eth_chainId", [], cancellationToken));
        return new JsonRpcNode(http, endpoint, chainId, errors, functions);
    }

    /// <inheritdoc />
    public async Task<byte[]> CallAsync(Address to, byte[] data, CancellationToken cancellationToken)
    {
        var result = await RequestAsync("eth_call", [Call(null, to, data), "latest"], Describe(data), cancellationToken);
        return Hex.Decode((string?)result ?? "0x");
    }

    /// <inheritdoc />
    public async Task<TransactionOutcome> SendAsync(ISigner from, Address? to, byte[] data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(from);
        var action = Describe(data, to is null);
        var estimate = Quantity(await RequestAsync("eth_estimateGas", [Call(from.Address, to, data)], action, cancellationToken));
        var nonce = Quantity(await RequestAsync("eth_getTransactionCount", [from.Address.ToLowerHex(), "pending"], cancellationToken));
        var block = await RequestAsync("eth_getBlockByNumber", ["latest", false], cancellationToken);
        var baseFee = Quantity(block?["baseFeePerGas"]);
        var tip = Quantity(await RequestAsync("eth_maxPriorityFeePerGas", [], cancellationToken));
        var transaction = new Eip1559Transaction(ChainId, nonce, tip, (baseFee * 2) + tip, (estimate * 5 / 4) + 10_000, to, 0, [.. data]);
        var signed = transaction.Sign(from);
        await RequestAsync("eth_sendRawTransaction", [signed.RawHex], action, cancellationToken);
        var receipt = await WaitForReceiptAsync(signed.Hash, action, cancellationToken);
        if (Quantity(receipt["status"]) != 1)
        {
            await RequestAsync("eth_call", [Call(from.Address, to, data), receipt["blockNumber"]?.DeepClone()], action, cancellationToken);
            throw new TransactionRevertedException($"{action} reverted (transaction {signed.Hash}) without a reason the node could replay.");
        }

        return ReadOutcome(signed.Hash, receipt);
    }

    /// <inheritdoc />
    public Task<JsonNode?> RequestAsync(string method, JsonArray parameters, CancellationToken cancellationToken) =>
        RequestAsync(method, parameters, method, cancellationToken);

    private async Task<JsonNode?> RequestAsync(string method, JsonArray parameters, string action, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = Interlocked.Increment(ref _nextId), ["method"] = method, ["params"] = parameters };
        using var response = await _http.PostAsJsonAsync(_endpoint, body, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var answer = JsonNode.Parse(text) as JsonObject
            ?? throw new InvalidOperationException($"The node at {_endpoint} answered {method} with something that is not JSON-RPC.");
        if (answer["error"] is not JsonObject error)
        {
            return answer["result"];
        }

        if (error["data"] is JsonValue data && data.TryGetValue<string>(out var hex) && Hex.TryDecode(hex, out var revert))
        {
            throw new TransactionRevertedException(action, RevertReason.Decode(revert, _errors));
        }

        var message = (string?)error["message"] ?? error.ToJsonString();
        throw message.Contains("revert", StringComparison.OrdinalIgnoreCase)
            ? new TransactionRevertedException($"{action} reverted: {message}")
            : new InvalidOperationException($"The node at {_endpoint} refused {method}: {message}");
    }

    private async Task<JsonObject> WaitForReceiptAsync(Hash32 hash, string action, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ReceiptTimeout);
        while (true)
        {
            if (await RequestAsync("eth_getTransactionReceipt", [hash.ToString()], cancellationToken) is JsonObject receipt)
            {
                return receipt;
            }

            try
            {
                await Task.Delay(PollInterval, timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"{action}: transaction {hash} was not mined within {ReceiptTimeout.TotalSeconds} s; check the node and the account's funds.");
            }
        }
    }

    private static TransactionOutcome ReadOutcome(Hash32 hash, JsonObject receipt)
    {
        var logs = (receipt["logs"] as JsonArray ?? []).OfType<JsonObject>().Select(l => new LogEntry(
            Address.Parse(((string?)l["address"] ?? string.Empty).ToLowerInvariant()),
            [.. (l["topics"] as JsonArray ?? []).Select(t => Hash32.Parse((string?)t ?? string.Empty))],
            [.. Hex.Decode((string?)l["data"] ?? "0x")]));
        Address? created = (string?)receipt["contractAddress"] is { } c ? Address.Parse(c.ToLowerInvariant()) : null;
        return new TransactionOutcome(hash, created, [.. logs], Quantity(receipt["gasUsed"]));
    }

    private string Describe(byte[] data, bool deployment = false) =>
        deployment ? "contract deployment"
        : data.Length >= Selector.Length && _names.TryGetValue(Selector.FromBytes(data), out var name) ? name
        : "the call";

    private static JsonObject Call(Address? from, Address? to, byte[] data)
    {
        var call = new JsonObject { ["data"] = Hex.Encode(data) };
        if (from is { } f)
        {
            call["from"] = f.ToLowerHex();
        }

        if (to is { } t)
        {
            call["to"] = t.ToLowerHex();
        }

        return call;
    }

    private static BigInteger Quantity(JsonNode? node) =>
        (string?)node is { } text ? Hex.DecodeQuantity(text) : throw new InvalidOperationException("The node left out a number it must give.");
}
