using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Daisee.Billing.Requester.Chain;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// <c>chain.json</c> in the iExec SDK 9 format: <c>{"default": name, "chains": {name: {id, host,
/// hub, sms, ipfsGateway, iexecGateway, compass, pocoSubgraph}}}</c>. A chain the SDK knows
/// (arbitrum-mainnet, arbitrum-sepolia-testnet) may be given as <c>{}</c> and takes the SDK's
/// built-in values. Like the SDK, unknown keys are refused; every problem is reported at once.
/// </summary>
public sealed record ChainConfig(string Default, ImmutableSortedDictionary<string, ChainEntry> Chains)
{
    private static readonly ImmutableHashSet<string> ChainKeys =
        ["id", "host", "hub", "sms", "ipfsGateway", "iexecGateway", "compass", "pocoSubgraph"];

    private static readonly ImmutableDictionary<string, JsonObject> BuiltIn = new Dictionary<string, JsonObject>
    {
        ["arbitrum-mainnet"] = new()
        {
            ["id"] = "42161", ["host"] = "https://arb1.arbitrum.io/rpc", ["hub"] = "0x098bFCb1E50ebcA0BaA92C12eA0c3F045A1aD9f0",
            ["sms"] = "https://sms.arbitrum-mainnet.iex.ec", ["ipfsGateway"] = "https://ipfs-gateway.arbitrum-mainnet.iex.ec",
            ["iexecGateway"] = "https://api.market.arbitrum-mainnet.iex.ec",
        },
        ["arbitrum-sepolia-testnet"] = new()
        {
            ["id"] = "421614", ["host"] = "https://sepolia-rollup.arbitrum.io/rpc", ["hub"] = "0xB2157BF2fAb286b2A4170E3491Ac39770111Da3E",
            ["sms"] = "https://sms.arbitrum-sepolia-testnet.iex.ec", ["ipfsGateway"] = "https://ipfs-gateway.arbitrum-sepolia-testnet.iex.ec",
            ["iexecGateway"] = "https://api-market.arbitrum-sepolia-testnet.iex.ec",
        },
    }.ToImmutableDictionary();

    /// <summary>The chain named <paramref name="name"/>, or the default one.</summary>
    public ChainEntry Get(string? name = null)
    {
        var key = name ?? Default;
        return Chains.TryGetValue(key, out var chain)
            ? chain
            : throw new InvalidOperationException($"chain.json has no chain '{key}' (known: {string.Join(", ", Chains.Keys)}).");
    }

    /// <summary>Reads a chain.json file.</summary>
    public static ChainConfig Load(string path) => Parse(File.ReadAllText(path));

    /// <summary>Parses chain.json text; throws <see cref="FormatException"/> listing every problem.</summary>
    public static ChainConfig Parse(string json)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json) as JsonObject ?? throw new FormatException("chain.json must be a JSON object.");
        }
        catch (JsonException e)
        {
            throw new FormatException($"chain.json is not valid JSON: {e.Message}", e);
        }

        var problems = new List<string>();
        problems.AddRange(root.Select(p => p.Key).Where(k => k is not ("default" or "chains" or "allowExperimentalNetworks"))
            .Select(k => $"unknown key '{k}' (SDK 9 refuses it)"));
        var chains = ImmutableSortedDictionary.CreateBuilder<string, ChainEntry>(StringComparer.Ordinal);
        foreach (var (name, node) in root["chains"] as JsonObject ?? [])
        {
            if (ReadChain(name, node as JsonObject ?? [], problems) is { } entry)
            {
                chains[name] = entry;
            }
        }

        var defaultName = (string?)root["default"] ?? chains.Keys.FirstOrDefault() ?? string.Empty;
        if (!chains.ContainsKey(defaultName))
        {
            problems.Add($"the default chain '{defaultName}' is not under \"chains\"");
        }

        return problems.Count == 0
            ? new ChainConfig(defaultName, chains.ToImmutable())
            : throw new FormatException("chain.json: " + string.Join("; ", problems) + ".");
    }

    private static ChainEntry? ReadChain(string name, JsonObject given, List<string> problems)
    {
        problems.AddRange(given.Select(p => p.Key).Where(k => !ChainKeys.Contains(k)).Select(k => $"chains.{name}: unknown key '{k}'"));
        var merged = BuiltIn.TryGetValue(name, out var defaults) ? (JsonObject)defaults.DeepClone() : [];
        foreach (var (key, value) in given)
        {
            merged[key] = value?.DeepClone();
        }

        string? Text(string key) => merged[key] is JsonValue v ? v.ToString() : null;
        var count = problems.Count;
        var id = BigInteger.TryParse(Text("id"), NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : Missing(-1, "id");
        var host = Uri.TryCreate(Text("host"), UriKind.Absolute, out var h) ? h : Missing<Uri?>(null, "host");
        var hub = Address.TryParse(Text("hub")?.ToLowerInvariant(), out var a) ? a : Missing(default(Address), "hub");
        return problems.Count > count ? null : new ChainEntry(name, id, host!, hub, Url("sms"), Url("ipfsGateway"), Url("iexecGateway"));

        T Missing<T>(T fallback, string key)
        {
            problems.Add($"chains.{name}.{key} is missing or invalid");
            return fallback;
        }

        Uri? Url(string key) => Uri.TryCreate(Text(key), UriKind.Absolute, out var u) ? u : null;
    }
}
