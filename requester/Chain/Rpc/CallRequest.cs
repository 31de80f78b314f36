using System.Collections.Immutable;
using System.Numerics;
using System.Text.Json.Nodes;

namespace Daisee.Billing.Requester.Chain.Rpc;

/// <summary>
/// The transaction object of <c>eth_call</c> and <c>eth_estimateGas</c>. A null
/// <see cref="To"/> simulates a contract creation; <see cref="ValueWei"/> is in wei.
/// </summary>
public sealed record CallRequest(Address? From, Address? To, ImmutableArray<byte> Data, BigInteger ValueWei = default, BigInteger? GasLimit = null)
{
    /// <summary>The JSON object (<c>data</c> and <c>input</c> both carry the call data, for old and new nodes).</summary>
    public JsonObject ToJson()
    {
        var data = Hex.Encode(Data.IsDefault ? [] : Data.AsSpan());
        var json = new JsonObject();
        if (From is { } from)
        {
            json["from"] = from.ToLowerHex();
        }

        if (To is { } to)
        {
            json["to"] = to.ToLowerHex();
        }

        json["data"] = data;
        json["input"] = data;
        if (!ValueWei.IsZero)
        {
            json["value"] = Hex.EncodeQuantity(ValueWei);
        }

        if (GasLimit is { } gas)
        {
            json["gas"] = Hex.EncodeQuantity(gas);
        }

        return json;
    }
}
