using System.Numerics;
using System.Security.Cryptography;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Orders;
using Daisee.Billing.Requester.Iexec;
using Daisee.Billing.Requester.Iexec.LocalStack;

namespace Daisee.Billing.Requester.Tests.Iexec.LocalStack;

/// <summary>
/// Selling on the local market API backed by a real PoCo on anvil: an app order signed and published
/// with the gateway's challenge authorization is listed with its on-chain remaining volume, a match
/// consumes it, a cancelled (manageAppOrder CLOSE) order is no longer listed and can no longer be matched,
/// and orders not signed by the asset owner or posted without its authorization are refused.
/// </summary>
[Category("Integration")]
public sealed class LocalMarketTests
{
    private const string Params = """{"iexec_args":"--month 2026-06"}""";
    private LocalChain _chain = null!;
    private string _snapshot = null!;
    private PocoClient _poco = null!;
    private LoopbackFileServer _files = null!;
    private MarketPublisher _publisher = null!;
    private MarketApiClient _reader = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _chain = await LocalChain.GetAsync();
        _snapshot = await _chain.SnapshotAsync();
        _poco = new PocoClient(_chain.Node, _chain.Deployment);
        _files = new LoopbackFileServer();
        _ = new LocalMarket(_files, _poco);
        _publisher = new MarketPublisher(LocalChain.Http, _files.BaseAddress, _chain.Node.ChainId);
        _reader = new MarketApiClient(LocalChain.Http, _files.BaseAddress);
    }

    [TearDown]
    public async Task StopAsync()
    {
        _files.Dispose();
        await _chain.RevertAsync(_snapshot);
    }

    [Test]
    public async Task PublishAsync_AppOrderAtPrice5_IsListedWithItsVolumeAndSigner()
    {
        var app = await CreateAppAsync();
        var order = OrderSigning.Sign(new AppOrder(app, 5, 3, default, default, default, default, Salt()), _poco.Domain, TestAccounts.AppOwner);

        var hash = await _publisher.PublishAsync("app", order, TestAccounts.AppOwner, CancellationToken.None);
        var listed = await _reader.GetAppOrdersAsync(_chain.Node.ChainId, app, MarketFilter.None, CancellationToken.None);

        Assert.That(hash, Is.EqualTo(OrderSigning.Hash(order.Order, _poco.Domain)));
        Assert.That(listed, Has.Length.EqualTo(1));
        Assert.That((listed[0].OrderHash, listed[0].Remaining, listed[0].Status, listed[0].Signer), Is.EqualTo((hash, new BigInteger(3), "open", TestAccounts.AppOwner.Address)));
        Assert.That(listed[0].Order.Order.AppPrice, Is.EqualTo(new BigInteger(5)));
        Assert.That(listed[0].Order.Sign, Is.EqualTo(order.Sign));
    }

    [Test]
    public async Task CloseAppOrderAsync_AfterOneDeal_OrderIsGoneAndCannotBeMatchedAgain()
    {
        var app = await CreateAppAsync();
        var order = OrderSigning.Sign(new AppOrder(app, 5, 3, default, default, default, default, Salt()), _poco.Domain, TestAccounts.AppOwner);
        var hash = await _publisher.PublishAsync("app", order, TestAccounts.AppOwner, CancellationToken.None);
        await FundAsync();

        await MatchAsync(order);
        var afterDeal = await _reader.GetAppOrdersAsync(_chain.Node.ChainId, app, MarketFilter.None, CancellationToken.None);
        await _poco.CloseAppOrderAsync(TestAccounts.AppOwner, order, CancellationToken.None);
        var afterCancel = await _reader.GetAppOrdersAsync(_chain.Node.ChainId, app, MarketFilter.None, CancellationToken.None);
        var shown = await _publisher.GetAsync("app", hash, CancellationToken.None);

        Assert.That(afterDeal.Single().Remaining, Is.EqualTo(new BigInteger(2)));
        Assert.That(afterCancel, Is.Empty);
        Assert.That(await _poco.ViewConsumedAsync(hash, CancellationToken.None), Is.EqualTo(new BigInteger(3)));
        Assert.That(((long?)shown["remaining"], (string?)shown["status"]), Is.EqualTo(((long?)0, "filled")));
        var refused = await Assert.ThrowsAsync<TransactionRevertedException>(() => MatchAsync(order));
        Assert.That(refused!.Message, Does.StartWith("matchOrders reverted"));
    }

    [Test]
    public async Task UnpublishAsync_PublishedOrder_IsNoLongerListedNorFound()
    {
        var app = await CreateAppAsync();
        var order = OrderSigning.Sign(new AppOrder(app, 0, 1, default, default, default, default, Salt()), _poco.Domain, TestAccounts.AppOwner);
        var hash = await _publisher.PublishAsync("app", order, TestAccounts.AppOwner, CancellationToken.None);

        await _publisher.UnpublishAsync("app", hash, TestAccounts.AppOwner, CancellationToken.None);

        Assert.That(await _reader.GetAppOrdersAsync(_chain.Node.ChainId, app, MarketFilter.None, CancellationToken.None), Is.Empty);
        var missing = await Assert.ThrowsAsync<HttpRequestException>(() => _publisher.GetAsync("app", hash, CancellationToken.None));
        Assert.That(missing!.Message, Does.Contain("404").And.Contain("not found"));
    }

    [Test]
    public async Task PublishAsync_OrderSignedByAnotherAccount_IsRefused()
    {
        var app = await CreateAppAsync();
        var forged = OrderSigning.Sign(new AppOrder(app, 0, 1, default, default, default, default, Salt()), _poco.Domain, TestAccounts.Requester);

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => _publisher.PublishAsync("app", forged, TestAccounts.Requester, CancellationToken.None));

        Assert.That(refused!.Message, Does.Contain("400").And.Contain($"not signed by the app owner {TestAccounts.AppOwner.Address}"));
        Assert.That(await _reader.GetAppOrdersAsync(_chain.Node.ChainId, app, MarketFilter.None, CancellationToken.None), Is.Empty);
    }

    [Test]
    public async Task PublishAsync_OwnersOrderPostedWithAnotherAuthorization_IsRefused()
    {
        var app = await CreateAppAsync();
        var order = OrderSigning.Sign(new AppOrder(app, 0, 1, default, default, default, default, Salt()), _poco.Domain, TestAccounts.AppOwner);

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => _publisher.PublishAsync("app", order, TestAccounts.Requester, CancellationToken.None));

        Assert.That(refused!.Message, Does.Contain("401").And.Contain("not signed by the authorised address"));
    }

    private async Task<Address> CreateAppAsync()
    {
        var salt = Salt();
        return await _poco.CreateAppAsync(TestAccounts.AppOwner, "app " + salt, "daisee/billing:local", salt, CancellationToken.None);
    }

    private async Task FundAsync()
    {
        await _poco.TransferRlcAsync(TestAccounts.Deployer, TestAccounts.Requester.Address, 1000, CancellationToken.None);
        await _poco.TransferRlcAsync(TestAccounts.Deployer, TestAccounts.Scheduler.Address, 100, CancellationToken.None);
        await _poco.DepositAsync(TestAccounts.Requester, 1000, CancellationToken.None);
        await _poco.DepositAsync(TestAccounts.Scheduler, 100, CancellationToken.None);
    }

    private async Task MatchAsync(SignedOrder<AppOrder> appOrder)
    {
        var ct = CancellationToken.None;
        var salt = Salt();
        var workerpool = await _poco.CreateWorkerpoolAsync(TestAccounts.Scheduler, "pool " + salt, ct);
        var request = new RequestOrder(appOrder.Order.App, 5, Address.Zero, 0, workerpool, 10, TestAccounts.Requester.Address, 1, default, 0, 1,
            TestAccounts.Requester.Address, default, Params, salt);
        await _poco.MatchOrdersAsync(
            TestAccounts.Requester,
            appOrder,
            MatchOrdersCall.NoDataset,
            OrderSigning.Sign(new WorkerpoolOrder(workerpool, 10, 1, default, 0, 1, default, default, default, salt), _poco.Domain, TestAccounts.Scheduler),
            OrderSigning.Sign(request, _poco.Domain, TestAccounts.Requester),
            ct);
    }

    private static Hash32 Salt() => new(RandomNumberGenerator.GetBytes(Hash32.Length));
}
