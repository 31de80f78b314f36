using System.Collections.Immutable;
using System.Collections.Specialized;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using Daisee.Billing.Requester.Chain;

namespace Daisee.Billing.Requester.Iexec.LocalStack;

/// <summary>
/// The market API's list filters for one order kind, as the real API defines them: the asset
/// (<c>app</c>, <c>dataset</c>, <c>workerpool</c>, <c>category</c>) must equal; a restriction parameter
/// absent → only orders with a zero <c>*restrict</c>; an address → that address or zero
/// (<c>isXxxStrict=true</c>: exactly that address); <c>any</c> → no filter; <c>minTag</c>: every bit
/// present; <c>maxTag</c>: no bit outside; <c>minTrust</c>, <c>minVolume</c> (remaining).
/// </summary>
public sealed record MarketQuery(string Kind, string Asset, string Price, ImmutableArray<(string Parameter, string Field)> Restrictions)
{
    public static MarketQuery App { get; } = new("app", "app", "appprice",
        [("dataset", "datasetrestrict"), ("workerpool", "workerpoolrestrict"), ("requester", "requesterrestrict")]);

    public static MarketQuery Dataset { get; } = new("dataset", "dataset", "datasetprice",
        [("app", "apprestrict"), ("workerpool", "workerpoolrestrict"), ("requester", "requesterrestrict")]);

    public static MarketQuery Workerpool { get; } = new("workerpool", "workerpool", "workerpoolprice",
        [("app", "apprestrict"), ("dataset", "datasetrestrict"), ("requester", "requesterrestrict")]);

    /// <summary>The query for <c>/&lt;kind&gt;orders</c>, or null for another path.</summary>
    public static MarketQuery? ForKind(string kind) => kind switch
    {
        "app" => App,
        "dataset" => Dataset,
        "workerpool" => Workerpool,
        _ => null,
    };

    /// <summary>Null when <paramref name="order"/> with <paramref name="remaining"/> volume passes every filter of <paramref name="query"/>; else the first filter it fails.</summary>
    public string? Reject(JsonObject order, BigInteger remaining, NameValueCollection query)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(query);
        if (query[Asset] is { } asset && !SameAddress(order, Asset, asset))
        {
            return Asset;
        }

        if (query["category"] is { } category && MarketOrderJson.Int(order, "category") != Integer(category, "category"))
        {
            return "category";
        }

        foreach (var (parameter, field) in Restrictions.Where(r => r.Parameter != Asset))
        {
            var restrict = MarketOrderJson.Addr(order, field);
            var wanted = query[parameter];
            var strict = string.Equals(query["is" + char.ToUpperInvariant(parameter[0]) + parameter[1..] + "Strict"], "true", StringComparison.OrdinalIgnoreCase);
            var passes = wanted switch
            {
                null => restrict.IsZero,
                "any" => true,
                _ => restrict == ParseAddress(wanted, parameter) || (!strict && restrict.IsZero),
            };
            if (!passes)
            {
                return parameter;
            }
        }

        var tag = MarketOrderJson.Bytes32(order, "tag").ToArray();
        if (query["minTag"] is { } minTag && !IexecTags.Parse(minTag).ToArray().Zip(tag).All(p => (p.First & p.Second) == p.First))
        {
            return "minTag";
        }

        if (query["maxTag"] is { } maxTag && !IexecTags.Parse(maxTag).ToArray().Zip(tag).All(p => (p.Second & ~p.First) == 0))
        {
            return "maxTag";
        }

        if (query["minTrust"] is { } minTrust && order["trust"] is not null && MarketOrderJson.Int(order, "trust") < Integer(minTrust, "minTrust"))
        {
            return "minTrust";
        }

        return query["minVolume"] is { } minVolume && remaining < Integer(minVolume, "minVolume") ? "minVolume" : null;
    }

    private static bool SameAddress(JsonObject order, string field, string wanted) => MarketOrderJson.Addr(order, field) == ParseAddress(wanted, field);

    private static Address ParseAddress(string text, string parameter) =>
        Address.TryParse(text.ToLowerInvariant(), out var address) ? address : throw new FormatException($"{parameter}='{text}' is not an address.");

    private static BigInteger Integer(string text, string parameter) =>
        BigInteger.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : throw new FormatException($"{parameter}='{text}' is not an integer.");
}
