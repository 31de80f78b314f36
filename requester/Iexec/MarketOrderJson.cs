using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Orders;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// Reads the order objects of the iExec market API (<c>{"app":"0x…","appprice":0,…,"salt":"0x…","sign":"0x…"}</c>):
/// amounts come as JSON numbers or decimal strings, tags and salts as 0x hex, addresses in any case.
/// </summary>
public static class MarketOrderJson
{
    /// <summary>An app order.</summary>
    public static SignedOrder<AppOrder> ReadAppOrder(JsonObject o) => new(
        new AppOrder(Addr(o, "app"), Int(o, "appprice"), Int(o, "volume"), Bytes32(o, "tag"),
            Addr(o, "datasetrestrict"), Addr(o, "workerpoolrestrict"), Addr(o, "requesterrestrict"), Bytes32(o, "salt")),
        Sign(o));

    /// <summary>A dataset order.</summary>
    public static SignedOrder<DatasetOrder> ReadDatasetOrder(JsonObject o) => new(
        new DatasetOrder(Addr(o, "dataset"), Int(o, "datasetprice"), Int(o, "volume"), Bytes32(o, "tag"),
            Addr(o, "apprestrict"), Addr(o, "workerpoolrestrict"), Addr(o, "requesterrestrict"), Bytes32(o, "salt")),
        Sign(o));

    /// <summary>A workerpool order.</summary>
    public static SignedOrder<WorkerpoolOrder> ReadWorkerpoolOrder(JsonObject o) => new(
        new WorkerpoolOrder(Addr(o, "workerpool"), Int(o, "workerpoolprice"), Int(o, "volume"), Bytes32(o, "tag"),
            Int(o, "category"), Int(o, "trust"), Addr(o, "apprestrict"), Addr(o, "datasetrestrict"), Addr(o, "requesterrestrict"),
            Bytes32(o, "salt")),
        Sign(o));

    /// <summary>The JSON the market API takes and returns for an order (amounts as decimal strings).</summary>
    public static JsonObject Write<TOrder>(SignedOrder<TOrder> order)
        where TOrder : IOrder
    {
        ArgumentNullException.ThrowIfNull(order);
        var json = new JsonObject();
        foreach (var (field, value) in order.Order.Fields.Zip(order.Order.Values))
        {
            json[field.Name] = value switch
            {
                Address a => a.ToChecksumString(),
                BigInteger i => i.ToString(CultureInfo.InvariantCulture),
                Hash32 h => h.ToString(),
                _ => value.ToString(),
            };
        }

        json["sign"] = order.SignHex;
        return json;
    }

    internal static BigInteger Int(JsonObject o, string name) => o[name] switch
    {
        JsonValue v when v.TryGetValue<long>(out var l) => l,
        JsonValue v when v.TryGetValue<string>(out var s) && BigInteger.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var b) => b,
        JsonValue v => BigInteger.Parse(v.ToJsonString(), NumberStyles.None, CultureInfo.InvariantCulture),
        _ => throw new FormatException($"The order has no integer '{name}'."),
    };

    internal static Address Addr(JsonObject o, string name) =>
        o[name] is JsonValue v && v.TryGetValue<string>(out var s) && Address.TryParse(s.ToLowerInvariant(), out var a)
            ? a
            : throw new FormatException($"The order has no address '{name}'.");

    internal static Hash32 Bytes32(JsonObject o, string name) =>
        o[name] is JsonValue v && v.TryGetValue<string>(out var s) && Hash32.TryParse(s, out var h)
            ? h
            : throw new FormatException($"The order has no bytes32 '{name}'.");

    private static ImmutableArray<byte> Sign(JsonObject o) =>
        o["sign"] is JsonValue v && v.TryGetValue<string>(out var s) ? [.. Hex.Decode(s)] : [];
}
