using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace Daisee.Billing.Requester.Chain.Rpc;

/// <summary>
/// An <c>eth_getLogs</c> filter: block range, emitting contracts (empty = any) and topics
/// by position (null = any value at that position).
/// </summary>
public sealed record LogFilter(BlockParameter FromBlock, BlockParameter ToBlock, ImmutableArray<Address> Addresses, ImmutableArray<Hash32?> Topics)
{
    /// <summary>All logs of event <paramref name="topic0"/> emitted by <paramref name="contract"/> in the range.</summary>
    public static LogFilter ForEvent(Address contract, Hash32 topic0, BlockParameter fromBlock, BlockParameter toBlock) =>
        new(fromBlock, toBlock, [contract], [topic0]);

    /// <summary>The JSON filter object.</summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["fromBlock"] = FromBlock.ToString(),
            ["toBlock"] = ToBlock.ToString(),
        };
        if (!Addresses.IsDefaultOrEmpty)
        {
            json["address"] = new JsonArray([.. Addresses.Select(a => (JsonNode)a.ToLowerHex())]);
        }

        if (!Topics.IsDefaultOrEmpty)
        {
            json["topics"] = new JsonArray([.. Topics.Select(t => t is { } topic ? (JsonNode)topic.ToString() : null)]);
        }

        return json;
    }
}
