using System.CommandLine;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Iexec;
using Spectre.Console;

namespace Daisee.Billing.Requester.Commands;

/// <summary>
/// <c>order show app|dataset &lt;orderHash&gt;</c>: the published order, its remaining volume and status;
/// <c>order cancel app|dataset &lt;orderHash&gt;</c>: closes it on chain (<c>manageAppOrder</c> /
/// <c>manageDatasetOrder</c> CLOSE, from the owner's wallet: it can no longer be matched) and unpublishes it.
/// </summary>
public static class OrderCommand
{
    public static Command Create(IAnsiConsole console, Func<IexecOptions> options)
    {
        var show = new Command("show", "Show a published app or dataset order.");
        var cancel = new Command("cancel", "Cancel an app or dataset order on chain and unpublish it from the market.");
        foreach (var (command, action) in new[] { (show, (Func<IAnsiConsole, IexecOptions, string, Hash32, CancellationToken, Task<int>>)ShowAsync), (cancel, CancelAsync) })
        {
            var kind = new Argument<string>("kind") { Description = "app or dataset." };
            kind.AcceptOnlyFromAmong("app", "dataset");
            var hash = new Argument<string>("orderHash") { Description = "The order hash (0x + 64 hex digits)." };
            hash.Validators.Add(r =>
            {
                if (!Hash32.TryParse(r.GetValueOrDefault<string>(), out _))
                {
                    r.AddError($"orderHash must be 0x + 64 hex digits; got '{r.GetValueOrDefault<string>()}'.");
                }
            });
            command.Arguments.Add(kind);
            command.Arguments.Add(hash);
            command.SetAction((parse, ct) => action(console, options(), parse.GetRequiredValue(kind), Hash32.Parse(parse.GetRequiredValue(hash)), ct));
        }

        return new Command("order", "Orders on the iExec market.") { show, cancel };
    }

    /// <summary>The market API of the configured chain.</summary>
    internal static MarketPublisher Market(IexecOptions settings, PocoClient poco)
    {
        var chain = settings.Chain();
        return new MarketPublisher(IexecHttp.Client, chain.IexecGateway ?? throw new InvalidOperationException($"chain.json: {chain.Name} has no iexecGateway (the market API)."), poco.Node.ChainId);
    }

    /// <summary>A fresh order salt.</summary>
    internal static Hash32 Salt() => new(RandomNumberGenerator.GetBytes(Hash32.Length));

    private static async Task<int> ShowAsync(IAnsiConsole console, IexecOptions settings, string kind, Hash32 hash, CancellationToken cancellationToken)
    {
        var (poco, _) = await settings.ConnectReadOnlyAsync(IexecHttp.Client, cancellationToken);
        var entry = await Market(settings, poco).GetAsync(kind, hash, cancellationToken);
        var order = entry["order"] as JsonObject ?? throw new FormatException("The market's answer has no order.");
        var table = new Table().AddColumn("field").AddColumn("value");
        table.AddRow("orderHash", hash.ToString());
        table.AddRow("status", Markup.Escape((string?)entry["status"] ?? "?"));
        table.AddRow("remaining", Markup.Escape(entry["remaining"]?.ToJsonString() ?? "?"));
        table.AddRow("signer", Markup.Escape((string?)entry["signer"] ?? "?"));
        foreach (var (name, value) in order.Where(p => p.Key != "sign"))
        {
            table.AddRow(Markup.Escape(name), Markup.Escape(value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value?.ToJsonString() ?? string.Empty));
        }

        console.Write(table);
        return ExitCodes.Ok;
    }

    private static async Task<int> CancelAsync(IAnsiConsole console, IexecOptions settings, string kind, Hash32 hash, CancellationToken cancellationToken)
    {
        var (poco, key) = await settings.ConnectSignerAsync(IexecHttp.Client, () => AppCommand.AskPassword(console), cancellationToken);
        var market = Market(settings, poco);
        var order = (await market.GetAsync(kind, hash, cancellationToken))["order"] as JsonObject ?? throw new FormatException("The market's answer has no order.");
        var outcome = kind == "app"
            ? await poco.CloseAppOrderAsync(key, MarketOrderJson.ReadAppOrder(order), cancellationToken)
            : await poco.CloseDatasetOrderAsync(key, MarketOrderJson.ReadDatasetOrder(order), cancellationToken);
        console.MarkupLine($"{kind} order [blue]{hash}[/] closed on chain (transaction {outcome.Hash}): it can no longer be matched.");
        await market.UnpublishAsync(kind, hash, key, cancellationToken);
        console.MarkupLine("Unpublished from the market.");
        return ExitCodes.Ok;
    }
}
