using System.Collections.Immutable;
using System.Numerics;
using Daisee.Billing.Requester.Chain.Rpc;

namespace Daisee.Billing.Requester.Chain;

/// <summary>
/// The requester's only view of a chain: one account that sends transactions and reads
/// contracts. Call data comes from <see cref="Abi.AbiFunction"/>; nonces, gas, fees, signing,
/// RLP and receipts stay behind this interface. A revert (at estimation, in a call or once
/// mined) is a <see cref="ContractRevertException"/> carrying the decoded reason.
/// </summary>
public interface IChainClient
{
    /// <summary>The sending account.</summary>
    Address Account { get; }

    /// <summary>The chain id (EIP-155), read once.</summary>
    Task<BigInteger> GetChainIdAsync(CancellationToken cancellationToken);

    /// <summary>Signs, sends and waits for the receipt of a transaction to <paramref name="recipient"/> (null deploys <paramref name="data"/>); a mined failure is a <see cref="ContractRevertException"/>.</summary>
    Task<TransactionReceipt> SendTransactionAsync(Address? recipient, ReadOnlyMemory<byte> data, BigInteger valueWei, CancellationToken cancellationToken);

    /// <summary><c>eth_call</c> from <see cref="Account"/> on the latest block: the return data.</summary>
    Task<byte[]> CallAsync(Address contract, ReadOnlyMemory<byte> data, CancellationToken cancellationToken);

    /// <summary>Event logs matching <paramref name="filter"/>.</summary>
    Task<ImmutableArray<LogEntry>> GetLogsAsync(LogFilter filter, CancellationToken cancellationToken);

    /// <summary>Native balance in wei.</summary>
    Task<BigInteger> GetBalanceAsync(Address address, CancellationToken cancellationToken);
}
