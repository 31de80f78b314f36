using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Numerics;
using System.Text.Json.Nodes;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Abi;
using Daisee.Billing.Requester.Chain.Crypto;
using Daisee.Billing.Requester.Chain.Rpc;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// <see cref="IChainNode"/> over the shared Ethereum layer (<c>Chain/Rpc</c> + <see cref="ChainClient"/>):
/// one <see cref="ChainClient"/> per sending account (it owns that account's nonces), reads through
/// <see cref="EthRpc"/>. Reverts become <see cref="TransactionRevertedException"/> named after the
/// function called: <c>"matchOrders reverted: iExecV5-matchOrders-0x41"</c>.
/// </summary>
public sealed class ChainRpcNode : IChainNode, IDisposable
{
    private readonly EthRpc _rpc;
    private readonly ChainClientOptions _options;
    private readonly ImmutableDictionary<Selector, string> _names;
    private readonly ConcurrentDictionary<Address, ChainClient> _clients = new();

    private ChainRpcNode(EthRpc rpc, BigInteger chainId, ChainClientOptions options, IEnumerable<AbiFunction> functions)
    {
        _rpc = rpc;
        ChainId = chainId;
        _options = options;
        _names = functions.DistinctBy(f => f.Selector).ToImmutableDictionary(f => f.Selector, f => f.Name);
    }

    /// <inheritdoc />
    public BigInteger ChainId { get; }

    /// <summary>Connects (reads the chain id); <paramref name="errors"/> and <paramref name="functions"/> make revert messages readable.</summary>
    public static async Task<ChainRpcNode> ConnectAsync(
        HttpClient http, Uri endpoint, ChainClientOptions options, IEnumerable<AbiError> errors, IEnumerable<AbiFunction> functions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var known = errors.ToImmutableArray();
        var rpc = new EthRpc(new JsonRpcClient(http, endpoint, known));
        return new ChainRpcNode(rpc, await rpc.ChainIdAsync(cancellationToken), options with { KnownErrors = known }, functions);
    }

    /// <inheritdoc />
    public async Task<byte[]> CallAsync(Address to, byte[] data, CancellationToken cancellationToken)
    {
        var (returnData, error) = await _rpc.TryCallAsync(new CallRequest(null, to, [.. data]), BlockParameter.Latest, cancellationToken);
        return error switch
        {
            null => returnData,
            { Revert: { } revert } => throw new TransactionRevertedException(Describe(data, false), revert),
            _ => throw new InvalidOperationException($"The node refused eth_call ({Describe(data, false)}): {error.Message}"),
        };
    }

    /// <inheritdoc />
    public async Task<TransactionOutcome> SendAsync(ISigner from, Address? to, byte[] data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(from);
        var client = _clients.GetOrAdd(from.Address, _ => new ChainClient(_rpc, from, _options));
        try
        {
            var receipt = await client.SendTransactionAsync(to, data, BigInteger.Zero, cancellationToken);
            var logs = receipt.Logs.Select(l => new LogEntry(l.Address, l.Topics, l.Data));
            return new TransactionOutcome(receipt.TransactionHash, receipt.ContractAddress, [.. logs], receipt.GasUsed);
        }
        catch (ContractRevertException e)
        {
            throw new TransactionRevertedException(Describe(data, to is null), e.Reason);
        }
        catch (JsonRpcException e)
        {
            throw new InvalidOperationException($"{Describe(data, to is null)}: {e.Message}", e);
        }
    }

    /// <inheritdoc />
    public async Task<JsonNode?> RequestAsync(string method, JsonArray parameters, CancellationToken cancellationToken) =>
        JsonNode.Parse((await _rpc.Client.SendAsync(method, parameters, cancellationToken)).GetRawText());

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
    }

    private string Describe(byte[] data, bool deployment) =>
        deployment ? "contract deployment"
        : data.Length >= Selector.Length && _names.TryGetValue(Selector.FromBytes(data), out var name) ? name
        : "the call";
}
