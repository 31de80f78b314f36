using System.Collections.Immutable;
using System.Numerics;
using Daisee.Billing.Requester.Chain.Crypto;
using Daisee.Billing.Requester.Chain.Rlp;

namespace Daisee.Billing.Requester.Chain.Transactions;

/// <summary>
/// An EIP-1559 (type 2) transaction with an empty access list. Fees are in wei per gas,
/// <see cref="GasLimit"/> in gas units, <see cref="ValueWei"/> in wei. A null
/// <see cref="To"/> creates a contract from <see cref="Data"/>.
/// </summary>
public sealed record Eip1559Transaction(
    BigInteger ChainId,
    BigInteger Nonce,
    BigInteger MaxPriorityFeePerGasWei,
    BigInteger MaxFeePerGasWei,
    BigInteger GasLimit,
    Address? To,
    BigInteger ValueWei,
    ImmutableArray<byte> Data)
{
    /// <summary>The EIP-2718 type byte.</summary>
    public const byte TypeByte = 0x02;

    /// <summary>0x02 ‖ rlp([chainId, nonce, tip, maxFee, gas, to, value, data, accessList]).</summary>
    public byte[] EncodeForSigning() => [TypeByte, .. RlpEncoder.Encode(RlpItem.List(Fields()))];

    /// <summary>keccak256 of <see cref="EncodeForSigning"/>: the digest the sender signs.</summary>
    public Hash32 SigningHash() => Keccak256.Hash(EncodeForSigning());

    /// <summary>Signs with <paramref name="signer"/>: 0x02 ‖ rlp([…fields, yParity, r, s]).</summary>
    public SignedTransaction Sign(ISigner signer)
    {
        ArgumentNullException.ThrowIfNull(signer);
        var signature = signer.Sign(SigningHash());
        return WithSignature(signature);
    }

    /// <summary>The raw transaction for an existing signature of <see cref="SigningHash"/>.</summary>
    public SignedTransaction WithSignature(Signature signature)
    {
        var items = Fields();
        items.Add(RlpItem.FromInteger(signature.RecoveryId));
        items.Add(RlpItem.FromInteger(signature.R));
        items.Add(RlpItem.FromInteger(signature.S));
        byte[] raw = [TypeByte, .. RlpEncoder.Encode(RlpItem.List(items))];
        return new SignedTransaction([.. raw], Keccak256.Hash(raw));
    }

    private List<RlpItem> Fields() =>
    [
        RlpItem.FromInteger(ChainId),
        RlpItem.FromInteger(Nonce),
        RlpItem.FromInteger(MaxPriorityFeePerGasWei),
        RlpItem.FromInteger(MaxFeePerGasWei),
        RlpItem.FromInteger(GasLimit),
        To is { } to ? RlpItem.FromAddress(to) : RlpItem.Empty,
        RlpItem.FromInteger(ValueWei),
        RlpItem.FromBytes(Data.IsDefault ? [] : Data.AsSpan()),
        RlpItem.EmptyList,
    ];
}
