using System.Collections.Immutable;
using System.Numerics;
using System.Text.Json;

namespace Daisee.Billing.Requester.Chain.Rpc;

/// <summary>Reads Ethereum JSON-RPC result objects; malformed answers are <see cref="FormatException"/>.</summary>
internal static class RpcJsonReader
{
    public static BigInteger Quantity(JsonElement value) =>
        value.ValueKind == JsonValueKind.String
            ? Hex.DecodeQuantity(value.GetString()!)
            : throw new FormatException($"Expected a hex quantity, got {value.ValueKind}.");

    public static byte[] Bytes(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? Hex.Decode(value.GetString()!) : throw new FormatException("Expected hex data.");

    public static Hash32 Hash(JsonElement value) => new(Bytes(value));

    public static Address Address(JsonElement value) => Chain.Address.Parse(value.GetString() ?? "");

    public static TransactionReceipt Receipt(JsonElement json) => new(
        Hash(json.GetProperty("transactionHash")),
        Hash(json.GetProperty("blockHash")),
        Quantity(json.GetProperty("blockNumber")),
        Address(json.GetProperty("from")),
        OptionalAddress(json, "to"),
        OptionalAddress(json, "contractAddress"),
        json.TryGetProperty("status", out var status) && Quantity(status).IsOne,
        Quantity(json.GetProperty("gasUsed")),
        json.TryGetProperty("effectiveGasPrice", out var price) && price.ValueKind == JsonValueKind.String ? Quantity(price) : BigInteger.Zero,
        Logs(json.GetProperty("logs")));

    public static ImmutableArray<LogEntry> Logs(JsonElement array) => [.. array.EnumerateArray().Select(Log)];

    public static LogEntry Log(JsonElement json) => new(
        Address(json.GetProperty("address")),
        [.. json.GetProperty("topics").EnumerateArray().Select(Hash)],
        [.. Bytes(json.GetProperty("data"))],
        OptionalQuantity(json, "blockNumber"),
        json.TryGetProperty("transactionHash", out var tx) && tx.ValueKind == JsonValueKind.String ? Hash(tx) : null,
        OptionalQuantity(json, "logIndex"),
        json.TryGetProperty("removed", out var removed) && removed.ValueKind == JsonValueKind.True);

    public static BlockHeader Block(JsonElement json) => new(
        Quantity(json.GetProperty("number")),
        Hash(json.GetProperty("hash")),
        Quantity(json.GetProperty("timestamp")),
        OptionalQuantity(json, "baseFeePerGas"));

    public static FeeHistory FeeHistory(JsonElement json) => new(
        Quantity(json.GetProperty("oldestBlock")),
        [.. json.GetProperty("baseFeePerGas").EnumerateArray().Select(Quantity)],
        json.TryGetProperty("reward", out var reward) && reward.ValueKind == JsonValueKind.Array
            ? [.. reward.EnumerateArray().Select(block => block.EnumerateArray().Select(Quantity).ToImmutableArray())]
            : []);

    private static Address? OptionalAddress(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? Address(value) : null;

    private static BigInteger? OptionalQuantity(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? Quantity(value) : null;
}
