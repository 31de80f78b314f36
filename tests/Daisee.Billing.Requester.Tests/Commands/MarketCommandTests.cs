using System.Collections.Immutable;
using System.CommandLine;
using System.Numerics;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Orders;
using Daisee.Billing.Requester.Commands;
using Daisee.Billing.Requester.Iexec;
using Daisee.Billing.Requester.Iexec.LocalStack;
using Daisee.Billing.Requester.Runners;
using Daisee.Billing.Requester.Tests.Iexec.LocalStack;
using Daisee.Billing.Requester.Tests.Support;

namespace Daisee.Billing.Requester.Tests.Commands;

/// <summary>
/// Selling the Dapp on the devchain: the app owner (its keystore: the devchain's owner.json) cancels the devchain's 1 nRLC app order with
/// <c>order cancel app</c> and publishes its own at 5 nRLC with <c>app publish --price 5</c>; the market lists
/// only the new one; a second wallet (the devchain requester) buys a computation with
/// <c>bill --runner iexec</c>, which completes, and the owner's escrow grows by exactly the app price.
/// </summary>
[Category("Integration")]
public sealed class MarketCommandTests
{
    [Test]
    public async Task AppPublishPrice5_BuyerBillsThroughTheMarket_OwnerEarnsTheAppPrice()
    {
        LocalChain.RequireInstalled();
        var state = Directory.CreateTempSubdirectory("daisee-market-").FullName;
        using var devchainConsole = new RecordingConsole();
        using var console = new RecordingConsole();
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var up = Task.Run(() => DevchainCommand.UpAsync(devchainConsole.Console, LoopbackPorts.Free(), state, stop.Token));
        try
        {
            var environment = await WaitForEnvironmentAsync(Path.Combine(state, DevchainEnvironment.FileName), up);
            var buyer = IexecOptions.FromEnvironment(environment.GetValueOrDefault);
            var ownerWallet = Path.Combine(state, "owner.json");
            var owner = buyer with { Wallet = ownerWallet };
            var (poco, _) = await buyer.ConnectReadOnlyAsync(LocalChain.Http, CancellationToken.None);
            var chain = buyer.Chain();
            var market = new MarketApiClient(LocalChain.Http, chain.IexecGateway!);
            var app = buyer.App!.Value;
            var standing = (await market.GetAppOrdersAsync(chain.Id, app, MarketFilter.None, CancellationToken.None)).Single();
            var sellers = new RootCommand { AppCommand.Create(console.Console, () => owner), OrderCommand.Create(console.Console, () => owner) };

            var cancelled = await sellers.Parse(["order", "cancel", "app", standing.OrderHash.ToString()]).InvokeAsync();
            var published = await sellers.Parse(["app", "publish", "--image", "daisee/billing:local", "--checksum", IexecIds.Keccak("image"u8.ToArray()).ToString(),
                "--name", "daisee-billing", "--price", "5", "--volume", "10"]).InvokeAsync();
            var listed = await market.GetAppOrdersAsync(chain.Id, app, MarketFilter.None, CancellationToken.None);
            var before = (await poco.ViewAccountAsync(LocalDevchain.AppOwner.Address, CancellationToken.None)).Stake;
            var runner = new IexecRunner(ct => buyer.ConnectAsync(LocalChain.Http, () => LocalDevchain.Password, ct), console.Console);
            var bill = await new RootCommand { BillCommand.Create(console.Console, _ => runner) }.Parse(
                ["bill", "--month", "2026-06", "--dataset", RepositoryRoot.Combine("samples", "faulty", "clean"), "--out", Path.Combine(state, "out"), "--runner", "iexec"]).InvokeAsync();
            var after = (await poco.ViewAccountAsync(LocalDevchain.AppOwner.Address, CancellationToken.None)).Stake;
            var datasetPublished = await new RootCommand { DatasetCommand.Create(console.Console, () => buyer) }.Parse(
                ["dataset", "publish", RepositoryRoot.Combine("samples", "faulty", "clean"), "--order"]).InvokeAsync();
            var dataset = Address.Parse(System.Text.RegularExpressions.Regex.Match(console.Text, "Dataset (0x[0-9a-fA-F]{40})").Groups[1].Value.ToLowerInvariant());
            var forOrganiser = await market.GetDatasetOrdersAsync(chain.Id, dataset, new MarketFilter(App: app, Requester: LocalDevchain.Requester.Address), CancellationToken.None);
            var forAnyone = await market.GetDatasetOrdersAsync(chain.Id, dataset, new MarketFilter(App: app), CancellationToken.None);
            var forOtherRequester = await market.GetDatasetOrdersAsync(chain.Id, dataset, new MarketFilter(App: app, Requester: LocalDevchain.Worker.Address), CancellationToken.None);

            Assert.That((cancelled, published, bill), Is.EqualTo((ExitCodes.Ok, ExitCodes.Ok, ExitCodes.Ok)), console.Text + devchainConsole.Text);
            Assert.That(await poco.ViewConsumedAsync(standing.OrderHash, CancellationToken.None), Is.EqualTo(standing.Order.Order.Volume), "the cancelled order is closed on chain");
            Assert.That(listed.Select(o => (o.Order.Order.AppPrice, o.Remaining, o.Signer)), Is.EqualTo(new[] { (new BigInteger(5), new BigInteger(10), LocalDevchain.AppOwner.Address) }));
            Assert.That(console.Text, Does.Contain("COMPLETED"));
            Assert.That(datasetPublished, Is.EqualTo(ExitCodes.Ok), console.Text);
            Assert.That(forOrganiser.Select(o => (o.Order.Order.AppRestrict, o.Order.Order.RequesterRestrict)), Is.EqualTo(new[] { (app, LocalDevchain.Requester.Address) }));
            Assert.That(forAnyone, Is.Empty, "restricted to the organiser: not listed for an unnamed requester");
            Assert.That(forOtherRequester, Is.Empty, "restricted to the organiser: not listed for another requester");
            Assert.That(after - before, Is.EqualTo(new BigInteger(5)), "the owner's escrow grows by the app price");
            Assert.That((await market.GetAppOrdersAsync(chain.Id, app, MarketFilter.None, CancellationToken.None)).Single().Remaining, Is.EqualTo(new BigInteger(9)));
        }
        finally
        {
            await stop.CancelAsync();
        }

        Assert.That(await up, Is.EqualTo(ExitCodes.Ok), devchainConsole.Text);
        Directory.Delete(state, recursive: true);
    }

    private static async Task<ImmutableDictionary<string, string>> WaitForEnvironmentAsync(string path, Task<int> up)
    {
        for (var attempt = 0; attempt < 300 && !File.Exists(path); attempt++)
        {
            if (up.IsCompleted)
            {
                Assert.Fail($"devchain up stopped before writing {path}: exit {await up}");
            }

            await Task.Delay(100);
        }

        Assert.That(File.Exists(path), Is.True, $"{path} not written within 30 s");
        return DevchainEnvironment.Read(path);
    }
}
