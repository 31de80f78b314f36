using System.Collections.Immutable;
using System.Numerics;
using Daisee.Billing.Requester.Chain.Abi;
using Daisee.Billing.Requester.Chain.Crypto;
using Daisee.Billing.Requester.Chain.Rpc;
using Daisee.Billing.Requester.Chain.Transactions;

namespace Daisee.Billing.Requester.Chain;

/// <summary>
/// <see cref="IChainClient"/> over JSON-RPC and a local signer. Each transaction: nonce from
/// <c>eth_getTransactionCount(pending)</c>, gas from <c>eth_estimateGas</c> (+ margin), fees
/// baseFee·2 + <c>eth_maxPriorityFeePerGas</c> as an EIP-1559 transaction (or <c>eth_gasPrice</c>
/// as an EIP-155 legacy one when the chain has no base fee), then polling for the receipt.
/// Sends are serialised so that concurrent callers get consecutive nonces.
/// </summary>
public sealed class ChainClient : IChainClient, IDisposable
{
    private readonly EthRpc _rpc;
    private readonly ISigner _signer;
    private readonly ChainClientOptions _options;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private BigInteger? _chainId;

    /// <summary>A client sending from <paramref name="signer"/>'s account through <paramref name="rpc"/>.</summary>
    public ChainClient(EthRpc rpc, ISigner signer, ChainClientOptions? options = null)
    {
        _rpc = rpc ?? throw new ArgumentNullException(nameof(rpc));
        _signer = signer ?? throw new ArgumentNullException(nameof(signer));
        _options = options ?? ChainClientOptions.Default;
    }

    /// <summary>A client for the node at <paramref name="endpoint"/>, decoding <see cref="ChainClientOptions.KnownErrors"/> in reverts.</summary>
    public static ChainClient Connect(HttpClient http, Uri endpoint, ISigner signer, ChainClientOptions? options = null)
    {
        var settings = options ?? ChainClientOptions.Default;
        return new ChainClient(new EthRpc(new JsonRpcClient(http, endpoint, settings.KnownErrors)), signer, settings);
    }

    /// <inheritdoc />
    public Address Account => _signer.Address;

    /// <inheritdoc />
    public async Task<BigInteger> GetChainIdAsync(CancellationToken cancellationToken) =>
        _chainId ??= await _rpc.ChainIdAsync(cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public async Task<TransactionReceipt> SendTransactionAsync(Address? recipient, ReadOnlyMemory<byte> data, BigInteger valueWei, CancellationToken cancellationToken)
    {
        var hash = await SubmitTransactionAsync(recipient, data, valueWei, cancellationToken).ConfigureAwait(false);
        var receipt = await WaitForReceiptAsync(hash, cancellationToken).ConfigureAwait(false);
        if (receipt.Succeeded)
        {
            return receipt;
        }

        var replay = new CallRequest(Account, recipient, [.. data.Span], valueWei);
        var (_, error) = await _rpc.TryCallAsync(replay, BlockParameter.At(receipt.BlockNumber), cancellationToken).ConfigureAwait(false);
        var reason = error?.Revert ?? RevertReason.Decode([], _options.KnownErrors);
        throw new ContractRevertException(recipient, reason, receipt);
    }

    /// <summary>Signs and sends without waiting: the transaction hash (wait with <see cref="WaitForReceiptAsync"/>).</summary>
    public async Task<Hash32> SubmitTransactionAsync(Address? recipient, ReadOnlyMemory<byte> data, BigInteger valueWei, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var signed = await SignTransactionAsync(recipient, data, valueWei, cancellationToken).ConfigureAwait(false);
            return await _rpc.SendRawTransactionAsync(signed, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Polls for the receipt; <see cref="TimeoutException"/> after <see cref="ChainClientOptions.MaxPollAttempts"/>.</summary>
    public async Task<TransactionReceipt> WaitForReceiptAsync(Hash32 transactionHash, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < _options.MaxPollAttempts; attempt++)
        {
            if (await _rpc.GetTransactionReceiptAsync(transactionHash, cancellationToken).ConfigureAwait(false) is { } receipt)
            {
                return receipt;
            }

            await Task.Delay(_options.PollInterval, cancellationToken).ConfigureAwait(false);
        }

        throw new TimeoutException(
            $"Transaction {transactionHash} is still not mined after {_options.MaxPollAttempts} checks {_options.PollInterval} apart: "
            + "check the node and the account's pending transactions, then wait or resend with a higher fee.");
    }

    /// <inheritdoc />
    public async Task<byte[]> CallAsync(Address contract, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        var (returnData, error) = await _rpc.TryCallAsync(new CallRequest(Account, contract, [.. data.Span]), BlockParameter.Latest, cancellationToken).ConfigureAwait(false);
        return error switch
        {
            null => returnData,
            { Revert: { } revert } => throw new ContractRevertException(contract, revert, null),
            _ => throw new JsonRpcException("eth_call", error),
        };
    }

    /// <inheritdoc />
    public Task<ImmutableArray<LogEntry>> GetLogsAsync(LogFilter filter, CancellationToken cancellationToken) =>
        _rpc.GetLogsAsync(filter, cancellationToken);

    /// <inheritdoc />
    public Task<BigInteger> GetBalanceAsync(Address address, CancellationToken cancellationToken) =>
        _rpc.GetBalanceAsync(address, BlockParameter.Latest, cancellationToken);

    /// <inheritdoc />
    public void Dispose() => _sendLock.Dispose();

    private async Task<SignedTransaction> SignTransactionAsync(Address? recipient, ReadOnlyMemory<byte> data, BigInteger valueWei, CancellationToken cancellationToken)
    {
        ImmutableArray<byte> payload = [.. data.Span];
        var chainId = await GetChainIdAsync(cancellationToken).ConfigureAwait(false);
        var nonce = await _rpc.GetTransactionCountAsync(Account, BlockParameter.Pending, cancellationToken).ConfigureAwait(false);
        var (estimate, error) = await _rpc.TryEstimateGasAsync(new CallRequest(Account, recipient, payload, valueWei), cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            throw error.Revert is { } revert ? new ContractRevertException(recipient, revert, null) : new JsonRpcException("eth_estimateGas", error);
        }

        var gasLimit = estimate + (estimate * _options.GasMarginPercent / 100);
        var block = await _rpc.GetBlockAsync(BlockParameter.Latest, cancellationToken).ConfigureAwait(false);
        if (block?.BaseFeePerGasWei is not { } baseFee)
        {
            var gasPrice = await _rpc.GasPriceAsync(cancellationToken).ConfigureAwait(false);
            return new LegacyTransaction(nonce, gasPrice, gasLimit, recipient, valueWei, payload, chainId).Sign(_signer);
        }

        var tip = await _rpc.MaxPriorityFeePerGasAsync(cancellationToken).ConfigureAwait(false);
        return new Eip1559Transaction(chainId, nonce, tip, (baseFee * 2) + tip, gasLimit, recipient, valueWei, payload).Sign(_signer);
    }
}
