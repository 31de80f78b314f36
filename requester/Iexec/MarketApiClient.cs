using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Orders;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// Read side of the iExec market API (chain.json's <c>iexecGateway</c>): open app, dataset and
/// workerpool orders, cheapest first. Absent restriction filters mean "unrestricted orders only",
/// as the API defines them.
/// </summary>
public sealed class MarketApiClient(HttpClient http, Uri gateway)
{
    /// <summary><c>GET /apporders?chainId&amp;app[&amp;requester][&amp;workerpool][&amp;dataset]</c>.</summary>
    public Task<ImmutableArray<PublishedOrder<AppOrder>>> GetAppOrdersAsync(BigInteger chainId, Address app, MarketFilter filter, CancellationToken cancellationToken) =>
        GetAsync("apporders", chainId, [("app", Text(app)), .. filter.Pairs()], MarketOrderJson.ReadAppOrder, cancellationToken);

    /// <summary><c>GET /datasetorders?chainId&amp;dataset[&amp;app][&amp;requester][&amp;workerpool]</c>.</summary>
    public Task<ImmutableArray<PublishedOrder<DatasetOrder>>> GetDatasetOrdersAsync(BigInteger chainId, Address dataset, MarketFilter filter, CancellationToken cancellationToken) =>
        GetAsync("datasetorders", chainId, [("dataset", Text(dataset)), .. filter.Pairs()], MarketOrderJson.ReadDatasetOrder, cancellationToken);

    /// <summary><c>GET /workerpoolorders?chainId&amp;category[&amp;workerpool][&amp;app][&amp;dataset][&amp;requester][&amp;minTag]</c>.</summary>
    public Task<ImmutableArray<PublishedOrder<WorkerpoolOrder>>> GetWorkerpoolOrdersAsync(BigInteger chainId, BigInteger category, MarketFilter filter, CancellationToken cancellationToken) =>
        GetAsync("workerpoolorders", chainId, [("category", category.ToString(CultureInfo.InvariantCulture)), .. filter.Pairs()], MarketOrderJson.ReadWorkerpoolOrder, cancellationToken);

    private async Task<ImmutableArray<PublishedOrder<TOrder>>> GetAsync<TOrder>(
        string kind, BigInteger chainId, IEnumerable<(string Key, string Value)> query, Func<JsonObject, SignedOrder<TOrder>> read, CancellationToken cancellationToken)
        where TOrder : IOrder
    {
        var pairs = query.Prepend(("chainId", chainId.ToString(CultureInfo.InvariantCulture)))
            .Select(p => Uri.EscapeDataString(p.Item1) + "=" + Uri.EscapeDataString(p.Item2));
        var uri = new Uri(gateway, kind + "?" + string.Join('&', pairs));
        using var response = await http.GetAsync(uri, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The market API at {gateway} answered {(int)response.StatusCode} to {kind}: {Shorten(body)}");
        }

        var root = JsonNode.Parse(body) as JsonObject;
        if (root?["ok"]?.GetValue<bool>() != true || root["orders"] is not JsonArray orders)
        {
            throw new FormatException($"The market API's {kind} answer is not {{\"ok\":true,\"orders\":[…]}}: {Shorten(body)}");
        }

        return [.. orders.OfType<JsonObject>().Select(o => ReadEntry(o, read))];
    }

    private static PublishedOrder<TOrder> ReadEntry<TOrder>(JsonObject entry, Func<JsonObject, SignedOrder<TOrder>> read)
        where TOrder : IOrder =>
        new(
            MarketOrderJson.Bytes32(entry, "orderHash"),
            MarketOrderJson.Int(entry, "remaining"),
            (string?)entry["status"] ?? "open",
            MarketOrderJson.Addr(entry, "signer"),
            read(entry["order"] as JsonObject ?? throw new FormatException("A market entry has no order.")));

    private static string Text(Address address) => address.ToLowerHex();

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..197] + "...";
}
