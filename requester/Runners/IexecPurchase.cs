using System.Security.Cryptography;
using System.Text.Json;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Orders;
using Daisee.Billing.Requester.Iexec;
using Daisee.Billing.Requester.Journal;
using Spectre.Console;

namespace Daisee.Billing.Requester.Runners;

/// <summary>
/// Buys one deal: hosts the dataset and checks its URL serves the exact bytes, takes the app and workerpool
/// orders, checks the price against the limit and the escrow, and only then spends gas (<c>createDataset</c>,
/// the SMS key push for a TEE tag, <c>matchOrders</c>). The journal entry is written <em>before</em>
/// <c>matchOrders</c> is sent, with the deal id it will create, so that a lost connection never leads to a
/// second purchase.
/// </summary>
public sealed class IexecPurchase(IexecSession session, DealTracker deals, BillJournal journal, IAnsiConsole console, HttpClient http)
{
    /// <summary>The step during which a deal may come into existence without this run knowing it (a connection lost after sending).</summary>
    public const string MatchStep = "match the orders";

    /// <summary>How far back (blocks) the hub's logs are searched for a deal the journal does not know.</summary>
    private const int LookBackBlocks = 50_000;

    /// <summary>
    /// Buys the deal for <paramref name="key"/> (dataset and deal fields empty) from the packed dataset <paramref name="packed"/>;
    /// with <paramref name="lookOnChain"/>, a standard (non-TEE) run first follows a deal the hub's logs show for the same
    /// requester, app, dataset and <c>params</c>.
    /// </summary>
    public async Task<JournalEntry> FindOrBuyAsync(JournalEntry key, byte[] packed, IexecProgress progress, bool lookOnChain, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(progress);
        var tee = IexecTags.IsTee(session.Settings.Tag);
        var aesKey = tee ? DatasetEncryption.GenerateKey() : null;
        var served = aesKey is null ? packed : DatasetEncryption.Encrypt(packed, aesKey).File.ToArray();
        var checksum = new Hash32(SHA256.HashData(served));
        var name = "daisee-" + checksum.ToString()[2..18];

        progress.Step = "host the dataset";
        var url = await session.Storage.PublishAsync(checksum.ToString()[2..] + (tee ? ".zip.enc" : ".zip"), served, cancellationToken);
        await CheckServedAsync(url, checksum, cancellationToken);

        progress.Step = "take the orders";
        var dataset = await deals.PredictDatasetAsync(session.Requester.Address, name, url.AbsoluteUri, checksum, cancellationToken);
        if (lookOnChain && !tee && await FindOnChainAsync(key with { Dataset = dataset.ToString() }, cancellationToken) is { } found)
        {
            return found;
        }

        var (appOrder, poolOrder) = await TakeOrdersAsync(dataset, cancellationToken);

        progress.Step = "register the dataset";
        await session.Poco.CreateDatasetAsync(session.Requester, name, url.AbsoluteUri, checksum, cancellationToken);
        console.MarkupLine($"Dataset [blue]{dataset}[/] ({served.Length} bytes{(tee ? ", encrypted" : string.Empty)}, sha256 {checksum}) at {Markup.Escape(url.AbsoluteUri)}.");
        if (aesKey is not null)
        {
            progress.Step = "push the dataset key to the SMS";
            await session.Sms!.PushDatasetKeyAsync(session.Requester, dataset, aesKey, cancellationToken);
            console.MarkupLine("Dataset key pushed to the SMS.");
        }

        progress.Step = MatchStep;
        return await MatchAsync(key with { Dataset = dataset.ToString() }, appOrder, poolOrder, cancellationToken);
    }

    /// <summary>The request's <c>params</c>: sorted keys, so the same bill always asks the same thing (and is found again).</summary>
    public static string Parameters(string arguments) => JsonSerializer.Serialize(new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["iexec_args"] = arguments,
        ["iexec_result_storage_provider"] = "ipfs",
    });

    /// <summary>The latest deal the hub's <c>OrdersMatched</c> logs show for this bill whose task has not failed.</summary>
    private async Task<JournalEntry?> FindOnChainAsync(JournalEntry key, CancellationToken cancellationToken)
    {
        var found = await deals.FindDealsAsync(session.Requester.Address, session.Settings.App, Address.Parse(key.Dataset), Parameters(key.Arguments), LookBackBlocks, cancellationToken);
        foreach (var deal in found.Reverse())
        {
            var taskId = IexecIds.TaskId(deal.DealId, deal.BotFirst);
            if ((await session.Poco.ViewTaskAsync(taskId, cancellationToken)).Status != Iexec.TaskStatus.Failed)
            {
                console.MarkupLine($"Deal [blue]{deal.DealId}[/] for this bill is already on chain: following it, nothing is paid again.");
                var entry = key with { DealId = deal.DealId.ToString(), TaskId = taskId.ToString(), State = JournalEntry.Matched };
                journal.Write(entry);
                return entry;
            }
        }

        return null;
    }

    private async Task CheckServedAsync(Uri url, Hash32 checksum, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await http.GetByteArrayAsync(url, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new IexecStepException("host the dataset", $"{url} does not serve the dataset ({e.Message}): check that the web server publishes DAISEE_DATASET_FOLDER at DAISEE_DATASET_URL.", e);
        }

        if (new Hash32(SHA256.HashData(bytes)) != checksum)
        {
            throw new IexecStepException("host the dataset", $"{url} serves {bytes.Length} bytes that are not the dataset written (sha256 differs): check that DAISEE_DATASET_URL publishes DAISEE_DATASET_FOLDER.");
        }
    }

    private async Task<(SignedOrder<AppOrder> App, SignedOrder<WorkerpoolOrder> Pool)> TakeOrdersAsync(Address dataset, CancellationToken cancellationToken)
    {
        var (requester, settings) = (session.Requester.Address, session.Settings);
        var appOrder = await session.Orders.GetAppOrderAsync(settings.App, requester, settings.Tag, cancellationToken);
        var poolOrder = await session.Orders.GetWorkerpoolOrderAsync(settings.Category, settings.App, dataset, requester, settings.Tag, cancellationToken);
        var price = appOrder.Order.AppPrice + poolOrder.Order.WorkerpoolPrice;
        if (price > settings.MaxPrice)
        {
            throw new IexecStepException("take the orders", $"The cheapest orders cost {price} nRLC per task, more than the {settings.MaxPrice} nRLC allowed.");
        }

        var (stake, _) = await session.Poco.ViewAccountAsync(requester, cancellationToken);
        if (stake < price)
        {
            throw new IexecStepException("take the orders",
                $"The escrow of {requester} holds {stake} nRLC; the task costs {price} nRLC: run `daisee-request account deposit {price - stake}` (or more), then the same command again.");
        }

        console.MarkupLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Price: app {appOrder.Order.AppPrice} + workerpool {poolOrder.Order.WorkerpoolPrice} = [blue]{price} nRLC[/] per task, locked from the escrow ({stake} nRLC available)."));
        return (appOrder, poolOrder);
    }

    private async Task<JournalEntry> MatchAsync(JournalEntry entry, SignedOrder<AppOrder> appOrder, SignedOrder<WorkerpoolOrder> poolOrder, CancellationToken cancellationToken)
    {
        var (poco, requester, settings) = (session.Poco, session.Requester, session.Settings);
        var dataset = Address.Parse(entry.Dataset);
        var salt = new Hash32(RandomNumberGenerator.GetBytes(Hash32.Length));
        var datasetOrder = OrderSigning.Sign(new DatasetOrder(dataset, 0, 1, settings.Tag, settings.App, default, requester.Address, salt), poco.Domain, requester);
        var request = new RequestOrder(settings.App, appOrder.Order.AppPrice, dataset, 0, poolOrder.Order.Workerpool, poolOrder.Order.WorkerpoolPrice,
            requester.Address, 1, settings.Tag, poolOrder.Order.Category, poolOrder.Order.Trust, requester.Address, default, Parameters(entry.Arguments), salt);

        // A fresh request order has consumed nothing yet: the deal id is keccak256(requestHash ‖ 0), known before sending.
        var dealId = IexecIds.DealId(OrderSigning.Hash(request, poco.Domain), 0);
        var signed = entry with { DealId = dealId.ToString(), TaskId = IexecIds.TaskId(dealId, 0).ToString(), State = JournalEntry.Matching };
        journal.Write(signed);
        var matched = await poco.MatchOrdersAsync(requester, appOrder, datasetOrder, poolOrder, OrderSigning.Sign(request, poco.Domain, requester), cancellationToken);
        if (matched != dealId)
        {
            throw new IexecStepException("match the orders", $"matchOrders created deal {matched}, not the expected {dealId}.");
        }

        var done = signed with { State = JournalEntry.Matched };
        journal.Write(done);
        return done;
    }
}
