using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.ExceptionServices;
using System.Text.Json.Nodes;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Abi;
using Nethereum.ABI.Model;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Hex.HexTypes;
using Nethereum.JsonRpc.Client;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Signer;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// <see cref="IChainNode"/> on Nethereum: one <see cref="Web3"/> per sending account, whose
/// transaction manager signs (EIP-1559, or EIP-155 legacy when the chain has no base fee), takes
/// the nonce from the pending count (sends are serialised per account, so this survives
/// <c>evm_revert</c>) and prices; gas is the estimate plus a margin; the receipt is polled a
/// counted number of times. Transport retries live in the HTTP handler below
/// (<see cref="TransientRetryHandler"/>). Reverts become <see cref="TransactionRevertedException"/>
/// named after the function called: <c>"matchOrders reverted: iExecV5-matchOrders-0x41"</c>.
/// </summary>
public sealed class ChainRpcNode : IChainNode, IDisposable
{
    private readonly IClient _client;
    private readonly Web3 _reader;
    private readonly ChainNodeOptions _options;
    private readonly ImmutableArray<ContractAbi> _contracts;
    private readonly ImmutableArray<ErrorABI> _errors;
    private readonly bool _legacy;
    private readonly ConcurrentDictionary<Address, (Web3 Web3, SemaphoreSlim Lock)> _senders = new();
    private readonly HttpClient _http;

    private ChainRpcNode(HttpClient http, IClient client, BigInteger chainId, bool legacy, ChainNodeOptions options, IEnumerable<ContractAbi> contracts)
    {
        _http = http;
        _client = client;
        _reader = new Web3(client);
        ChainId = chainId;
        _legacy = legacy;
        _options = options;
        _contracts = [.. contracts];
        _errors = [.. _contracts.SelectMany(c => c.Errors).DistinctBy(e => e.Sha3Signature)];
    }

    /// <inheritdoc />
    public BigInteger ChainId { get; }

    /// <summary>
    /// Connects (reads the chain id and whether blocks carry a base fee); <paramref name="contracts"/> make revert
    /// messages readable. The node owns its HttpClient (Nethereum sets properties on the one it is given), with
    /// the retry handler of <see cref="ChainNodeOptions.Retry"/>, reporting retries on stderr.
    /// </summary>
    public static async Task<ChainRpcNode> ConnectAsync(Uri endpoint, ChainNodeOptions options, IEnumerable<ContractAbi> contracts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var http = IexecHttp.Create(options.Retry, Console.Error);
        try
        {
            var client = new RpcClient(endpoint, http);
            var web3 = new Web3(client);
            var chainId = await Unwrapped(() => web3.Eth.ChainId.SendRequestAsync());
            var latest = await Unwrapped(() => web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(BlockParameter.CreateLatest()));
            cancellationToken.ThrowIfCancellationRequested();
            return new ChainRpcNode(http, client, chainId.Value, latest?.BaseFeePerGas is null, options, contracts);
        }
        catch
        {
            http.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public async Task<byte[]> CallAsync(Address to, byte[] data, CancellationToken cancellationToken)
    {
        var call = new CallInput(data.ToHex(true), to.ToLowerHex());
        try
        {
            return (await Unwrapped(() => _reader.Eth.Transactions.Call.SendRequestAsync(call, BlockParameter.CreateLatest()))).HexToByteArray();
        }
        catch (RpcResponseException e)
        {
            throw Refused(e, Describe(to, data));
        }
    }

    /// <inheritdoc />
    public Task<TransactionOutcome> SendAsync(EthECKey from, Address? to, byte[] data, CancellationToken cancellationToken) =>
        SendAsync(from, to, data, BigInteger.Zero, cancellationToken);

    /// <inheritdoc />
    public async Task<TransactionOutcome> SendAsync(EthECKey from, Address? to, byte[] data, BigInteger valueWei, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(from);
        var (web3, gate) = _senders.GetOrAdd(from.Address, _ => (Sender(from), new SemaphoreSlim(1, 1)));
        var input = new TransactionInput(data.ToHex(true), to?.ToLowerHex(), from.Address.ToLowerHex(), null, new HexBigInteger(valueWei));
        string hash;
        await gate.WaitAsync(cancellationToken);
        try
        {
            var estimate = await Unwrapped(() => web3.Eth.Transactions.EstimateGas.SendRequestAsync(input));
            input.Gas = new HexBigInteger(estimate.Value + (estimate.Value * _options.GasMarginPercent / 100));
            await web3.TransactionManager.Account.NonceService.ResetNonceAsync();
            hash = await Unwrapped(() => web3.TransactionManager.SendTransactionAsync(input));
        }
        catch (RpcResponseException e)
        {
            throw Refused(e, Describe(to, data));
        }
        finally
        {
            gate.Release();
        }

        var receipt = await WaitForReceiptAsync(hash, cancellationToken);
        if (receipt.Status?.Value != 1)
        {
            throw await ReplayAsync(input, receipt, Describe(to, data));
        }

        var created = string.IsNullOrEmpty(receipt.ContractAddress) ? (Address?)null : Address.Parse(receipt.ContractAddress);
        return new TransactionOutcome(Hash32.Parse(hash), created, [.. (receipt.Logs ?? []).Select(ToEntry)], receipt.GasUsed.Value, (ulong)receipt.BlockNumber.Value);
    }

    /// <inheritdoc />
    public async Task<ImmutableArray<LogEntry>> GetLogsAsync(LogQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = new NewFilterInput
        {
            Address = [query.Contract.ToLowerHex()],
            FromBlock = new BlockParameter(query.FromBlock),
            ToBlock = query.ToBlock is { } to ? new BlockParameter(to) : BlockParameter.CreateLatest(),
            Topics = [.. query.Topics.Select(t => (object?)t?.ToString())],
        };
        var logs = await Unwrapped(() => _reader.Eth.Filters.GetLogs.SendRequestAsync(filter));
        return [.. logs.Select(ToEntry)];
    }

    /// <inheritdoc />
    public async Task<ulong> BlockNumberAsync(CancellationToken cancellationToken) =>
        (ulong)(await Unwrapped(() => _reader.Eth.Blocks.GetBlockNumber.SendRequestAsync())).Value;

    /// <inheritdoc />
    public async Task<BigInteger> GetBalanceAsync(Address account, CancellationToken cancellationToken) =>
        (await Unwrapped(() => _reader.Eth.GetBalance.SendRequestAsync(account.ToLowerHex()))).Value;

    /// <inheritdoc />
    public async Task<JsonNode?> RequestAsync(string method, JsonArray parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var arguments = parameters.Select(p => p is null ? null : Newtonsoft.Json.JsonConvert.DeserializeObject(p.ToJsonString())).ToArray();
        var result = await Unwrapped(() => _client.SendRequestAsync<Newtonsoft.Json.Linq.JToken>(new RpcRequest(1, method, arguments)));
        return result is null ? null : JsonNode.Parse(result.ToString(Newtonsoft.Json.Formatting.None));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var (_, gate) in _senders.Values)
        {
            gate.Dispose();
        }

        _http.Dispose();
    }

    private Web3 Sender(EthECKey key)
    {
        var web3 = new Web3(new Account(key, ChainId), _client);
        web3.TransactionManager.UseLegacyAsDefault = _legacy;
        return web3;
    }

    private async Task<TransactionReceipt> WaitForReceiptAsync(string hash, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < _options.MaxPollAttempts; attempt++)
        {
            if (await Unwrapped(() => _reader.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(hash)) is { } receipt)
            {
                return receipt;
            }

            await Task.Delay(_options.PollInterval, cancellationToken);
        }

        throw new TimeoutException(
            $"Transaction {hash} is still not mined after {_options.MaxPollAttempts} checks {_options.PollInterval} apart: "
            + "check the node and the account's pending transactions, then wait or resend with a higher fee.");
    }

    /// <summary>A mined failure: replays the call at its block to read the reason.</summary>
    private async Task<TransactionRevertedException> ReplayAsync(TransactionInput input, TransactionReceipt receipt, string action)
    {
        try
        {
            await Unwrapped(() => _reader.Eth.Transactions.Call.SendRequestAsync(input, new BlockParameter(receipt.BlockNumber)));
            return new TransactionRevertedException($"{action} (transaction {receipt.TransactionHash}) reverted: {RevertReason.Decode([]).Message}", RevertReason.Decode([]));
        }
        catch (RpcResponseException e)
        {
            return Refused(e, $"{action} (transaction {receipt.TransactionHash})") as TransactionRevertedException
                ?? new TransactionRevertedException($"{action} (transaction {receipt.TransactionHash}) reverted: {e.Message}");
        }
    }

    private Exception Refused(RpcResponseException e, string action)
    {
        var data = e.RpcError?.Data?.ToString();
        var isRevert = e.RpcError?.Code == 3 || (e.RpcError?.Message ?? string.Empty).Contains("revert", StringComparison.OrdinalIgnoreCase);
        if (!isRevert)
        {
            return new InvalidOperationException($"The node refused {action}: {e.RpcError?.Message ?? e.Message}", e);
        }

        var bytes = Hex.TryDecode(data, out var decoded) ? decoded : [];
        return new TransactionRevertedException(action, RevertReason.Decode(bytes, _errors));
    }

    private string Describe(Address? to, byte[] data) =>
        to is null ? "contract deployment" : _contracts.Select(c => c.NameOf(data)).FirstOrDefault(n => n is not null) ?? "the call";

    private static LogEntry ToEntry(FilterLog log) => new(
        Address.Parse(log.Address),
        [.. log.Topics.Select(t => Hash32.Parse(t.ToString()!))],
        [.. log.Data.HexToByteArray()],
        (ulong)(log.BlockNumber?.Value ?? 0),
        log.TransactionHash is null ? default : Hash32.Parse(log.TransactionHash));

    /// <summary>Nethereum wraps transport failures; the caller sees the <see cref="HttpRequestException"/> (after the handler's retries).</summary>
    private static async Task<T> Unwrapped<T>(Func<Task<T>> request)
    {
        try
        {
            return await request();
        }
        catch (RpcClientUnknownException e) when (e.InnerException is HttpRequestException or TaskCanceledException or TimeoutException)
        {
            ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }
}
