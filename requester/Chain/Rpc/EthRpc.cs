using System.Collections.Immutable;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Daisee.Billing.Requester.Chain.Transactions;

namespace Daisee.Billing.Requester.Chain.Rpc;

/// <summary>
/// Typed <c>eth_*</c> calls over a <see cref="JsonRpcClient"/>. Amounts are in wei, gas in gas
/// units. Node errors throw <see cref="JsonRpcException"/>; <see cref="TryCallAsync"/> returns
/// a revert as data instead.
/// </summary>
public sealed class EthRpc(JsonRpcClient client)
{
    /// <summary>The underlying JSON-RPC client (for methods not wrapped here).</summary>
    public JsonRpcClient Client { get; } = client ?? throw new ArgumentNullException(nameof(client));

    /// <summary><c>eth_chainId</c>.</summary>
    public async Task<BigInteger> ChainIdAsync(CancellationToken cancellationToken) =>
        RpcJsonReader.Quantity(await SendAsync("eth_chainId", [], cancellationToken).ConfigureAwait(false));

    /// <summary><c>eth_blockNumber</c>.</summary>
    public async Task<BigInteger> BlockNumberAsync(CancellationToken cancellationToken) =>
        RpcJsonReader.Quantity(await SendAsync("eth_blockNumber", [], cancellationToken).ConfigureAwait(false));

    /// <summary><c>eth_getBlockByNumber</c> (header fields only), or null when the block does not exist.</summary>
    public async Task<BlockHeader?> GetBlockAsync(BlockParameter block, CancellationToken cancellationToken)
    {
        var result = await SendAsync("eth_getBlockByNumber", [block.ToString(), false], cancellationToken).ConfigureAwait(false);
        return result.ValueKind == JsonValueKind.Null ? null : RpcJsonReader.Block(result);
    }

    /// <summary><c>eth_getBalance</c> in wei.</summary>
    public async Task<BigInteger> GetBalanceAsync(Address address, BlockParameter block, CancellationToken cancellationToken) =>
        RpcJsonReader.Quantity(await SendAsync("eth_getBalance", [address.ToLowerHex(), block.ToString()], cancellationToken).ConfigureAwait(false));

    /// <summary><c>eth_getTransactionCount</c>: with <see cref="BlockParameter.Pending"/>, the next nonce to use.</summary>
    public async Task<BigInteger> GetTransactionCountAsync(Address address, BlockParameter block, CancellationToken cancellationToken) =>
        RpcJsonReader.Quantity(await SendAsync("eth_getTransactionCount", [address.ToLowerHex(), block.ToString()], cancellationToken).ConfigureAwait(false));

    /// <summary><c>eth_getCode</c> (empty for an account without code).</summary>
    public async Task<byte[]> GetCodeAsync(Address address, BlockParameter block, CancellationToken cancellationToken) =>
        RpcJsonReader.Bytes(await SendAsync("eth_getCode", [address.ToLowerHex(), block.ToString()], cancellationToken).ConfigureAwait(false));

    /// <summary><c>eth_gasPrice</c> in wei per gas (legacy pricing).</summary>
    public async Task<BigInteger> GasPriceAsync(CancellationToken cancellationToken) =>
        RpcJsonReader.Quantity(await SendAsync("eth_gasPrice", [], cancellationToken).ConfigureAwait(false));

    /// <summary><c>eth_maxPriorityFeePerGas</c> in wei per gas.</summary>
    public async Task<BigInteger> MaxPriorityFeePerGasAsync(CancellationToken cancellationToken) =>
        RpcJsonReader.Quantity(await SendAsync("eth_maxPriorityFeePerGas", [], cancellationToken).ConfigureAwait(false));

    /// <summary><c>eth_feeHistory</c> over the last <paramref name="blockCount"/> blocks up to <paramref name="newestBlock"/>.</summary>
    public async Task<FeeHistory> FeeHistoryAsync(int blockCount, BlockParameter newestBlock, IReadOnlyList<int> rewardPercentiles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rewardPercentiles);
        var percentiles = new JsonArray([.. rewardPercentiles.Select(p => (JsonNode)p)]);
        var result = await SendAsync("eth_feeHistory", [Hex.EncodeQuantity(blockCount), newestBlock.ToString(), percentiles], cancellationToken).ConfigureAwait(false);
        return RpcJsonReader.FeeHistory(result);
    }

    /// <summary><c>eth_estimateGas</c>; a revert throws <see cref="JsonRpcException"/> with <see cref="JsonRpcException.Revert"/> set.</summary>
    public async Task<BigInteger> EstimateGasAsync(CallRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return RpcJsonReader.Quantity(await SendAsync("eth_estimateGas", [request.ToJson()], cancellationToken).ConfigureAwait(false));
    }

    /// <summary><c>eth_estimateGas</c>, returning a revert as data.</summary>
    public async Task<(BigInteger Gas, JsonRpcError? Error)> TryEstimateGasAsync(CallRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await Client.TrySendAsync("eth_estimateGas", [request.ToJson()], cancellationToken).ConfigureAwait(false);
        return response.Error is { } error ? (BigInteger.Zero, error) : (RpcJsonReader.Quantity(response.Result), null);
    }

    /// <summary><c>eth_call</c>: the return data; a revert throws <see cref="JsonRpcException"/>.</summary>
    public async Task<byte[]> CallAsync(CallRequest request, BlockParameter block, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return RpcJsonReader.Bytes(await SendAsync("eth_call", [request.ToJson(), block.ToString()], cancellationToken).ConfigureAwait(false));
    }

    /// <summary><c>eth_call</c>, returning the return data or the error (with its decoded revert reason).</summary>
    public async Task<(byte[] ReturnData, JsonRpcError? Error)> TryCallAsync(CallRequest request, BlockParameter block, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await Client.TrySendAsync("eth_call", [request.ToJson(), block.ToString()], cancellationToken).ConfigureAwait(false);
        return response.Error is { } error ? ([], error) : (RpcJsonReader.Bytes(response.Result), null);
    }

    /// <summary><c>eth_sendRawTransaction</c>: the transaction hash.</summary>
    public async Task<Hash32> SendRawTransactionAsync(SignedTransaction transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        return RpcJsonReader.Hash(await SendAsync("eth_sendRawTransaction", [transaction.RawHex], cancellationToken).ConfigureAwait(false));
    }

    /// <summary><c>eth_getTransactionReceipt</c>, or null while the transaction is not mined.</summary>
    public async Task<TransactionReceipt?> GetTransactionReceiptAsync(Hash32 transactionHash, CancellationToken cancellationToken)
    {
        var result = await SendAsync("eth_getTransactionReceipt", [transactionHash.ToString()], cancellationToken).ConfigureAwait(false);
        return result.ValueKind == JsonValueKind.Null ? null : RpcJsonReader.Receipt(result);
    }

    /// <summary><c>eth_getLogs</c>.</summary>
    public async Task<ImmutableArray<LogEntry>> GetLogsAsync(LogFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return RpcJsonReader.Logs(await SendAsync("eth_getLogs", [filter.ToJson()], cancellationToken).ConfigureAwait(false));
    }

    private Task<JsonElement> SendAsync(string method, JsonArray parameters, CancellationToken cancellationToken) =>
        Client.SendAsync(method, parameters, cancellationToken);
}
