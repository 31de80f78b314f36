using System.Collections.Immutable;
using System.Numerics;
using Daisee.Billing.Requester.Chain.Crypto;
using Daisee.Billing.Requester.Chain.Rlp;

namespace Daisee.Billing.Requester.Chain.Transactions;

/// <summary>
/// A pre-EIP-2718 transaction with EIP-155 replay protection: the signing hash covers
/// (…, chainId, 0, 0) and v = chainId·2 + 35 + recovery id. Kept for chains without
/// EIP-1559 and to check the layer against the EIP-155 example.
/// </summary>
public sealed record LegacyTransaction(
    BigInteger Nonce,
    BigInteger GasPriceWei,
    BigInteger GasLimit,
    Address? To,
    BigInteger ValueWei,
    ImmutableArray<byte> Data,
    BigInteger ChainId)
{
    /// <summary>rlp([nonce, gasPrice, gas, to, value, data, chainId, 0, 0]).</summary>
    public byte[] EncodeForSigning()
    {
        var items = Fields();
        items.Add(RlpItem.FromInteger(ChainId));
        items.Add(RlpItem.Empty);
        items.Add(RlpItem.Empty);
        return RlpEncoder.Encode(RlpItem.List(items));
    }

    /// <summary>keccak256 of <see cref="EncodeForSigning"/>.</summary>
    public Hash32 SigningHash() => Keccak256.Hash(EncodeForSigning());

    /// <summary>Signs: rlp([nonce, gasPrice, gas, to, value, data, v, r, s]).</summary>
    public SignedTransaction Sign(ISigner signer)
    {
        ArgumentNullException.ThrowIfNull(signer);
        var signature = signer.Sign(SigningHash());
        var items = Fields();
        items.Add(RlpItem.FromInteger((ChainId * 2) + 35 + signature.RecoveryId));
        items.Add(RlpItem.FromInteger(signature.R));
        items.Add(RlpItem.FromInteger(signature.S));
        var raw = RlpEncoder.Encode(RlpItem.List(items));
        return new SignedTransaction([.. raw], Keccak256.Hash(raw));
    }

    private List<RlpItem> Fields() =>
    [
        RlpItem.FromInteger(Nonce),
        RlpItem.FromInteger(GasPriceWei),
        RlpItem.FromInteger(GasLimit),
        To is { } to ? RlpItem.FromAddress(to) : RlpItem.Empty,
        RlpItem.FromInteger(ValueWei),
        RlpItem.FromBytes(Data.IsDefault ? [] : Data.AsSpan()),
    ];
}
