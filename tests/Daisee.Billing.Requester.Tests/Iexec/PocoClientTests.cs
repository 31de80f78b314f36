using System.Numerics;
using System.Security.Cryptography;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Orders;
using Daisee.Billing.Requester.Iexec;
using Daisee.Billing.Requester.Iexec.LocalStack;
using Daisee.Billing.Requester.Tests.Iexec.LocalStack;

namespace Daisee.Billing.Requester.Tests.Iexec;

/// <summary>
/// The read and recovery side of <see cref="PocoClient"/> on a real PoCo on anvil: a deal read back
/// with <c>viewDeal</c> and found again from <c>OrdersMatched</c> logs, categories, and a task claimed
/// after its final deadline (10 × the category's 300 s), which gives the requester its locked nRLC back.
/// </summary>
[Category("Integration")]
public sealed class PocoClientTests
{
    private const string Params = """{"iexec_args":"--month 2026-06"}""";
    private LocalChain _chain = null!;
    private string _snapshot = null!;
    private PocoClient _poco = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _chain = await LocalChain.GetAsync();
        _snapshot = await _chain.SnapshotAsync();
        _poco = new PocoClient(_chain.Node, _chain.Deployment);
    }

    [TearDown]
    public async Task StopAsync() => await _chain.RevertAsync(_snapshot);

    [Test]
    public async Task ViewDealAsync_MatchedDeal_ReadsTheOrdersBack()
    {
        var (dealId, app, dataset, workerpool) = await MatchAsync();

        var deal = await _poco.ViewDealAsync(dealId, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(deal.Exists, Is.True);
            Assert.That((deal.App, deal.Dataset, deal.Workerpool), Is.EqualTo((app, dataset, workerpool)));
            Assert.That((deal.AppOwner, deal.WorkerpoolOwner), Is.EqualTo((TestAccounts.AppOwner.Address, TestAccounts.Scheduler.Address)));
            Assert.That((deal.AppPrice, deal.DatasetPrice, deal.WorkerpoolPrice), Is.EqualTo((new BigInteger(1), new BigInteger(2), new BigInteger(100))));
            Assert.That((deal.Requester, deal.Beneficiary), Is.EqualTo((TestAccounts.Requester.Address, TestAccounts.Requester.Address)));
            Assert.That(deal.Params, Is.EqualTo(Params));
            Assert.That((deal.Category, deal.Trust, deal.BotFirst, deal.BotSize), Is.EqualTo((BigInteger.Zero, BigInteger.One, BigInteger.Zero, BigInteger.One)));
            Assert.That(deal.StartTime, Is.GreaterThan(BigInteger.Zero));
        });
    }

    [Test]
    public async Task ViewDealAsync_UnknownId_DoesNotExist()
    {
        Assert.That((await _poco.ViewDealAsync(new Hash32(RandomNumberGenerator.GetBytes(32)), CancellationToken.None)).Exists, Is.False);
    }

    [Test]
    public async Task FindDealsAsync_FromOrdersMatchedLogs_FindsOnlyTheRequestersDealOfThatAppAndDataset()
    {
        var (dealId, app, dataset, _) = await MatchAsync();

        var mine = await _poco.FindDealsAsync(TestAccounts.Requester.Address, app, dataset, 0, CancellationToken.None);
        var someoneElses = await _poco.FindDealsAsync(TestAccounts.Worker.Address, app, dataset, 0, CancellationToken.None);
        var otherDataset = await _poco.FindDealsAsync(TestAccounts.Requester.Address, app, Address.Zero, 0, CancellationToken.None);

        Assert.That(mine.Select(d => d.DealId), Is.EqualTo(new[] { dealId }));
        Assert.That(someoneElses, Is.Empty);
        Assert.That(otherDataset, Is.Empty);
    }

    [TestCase(0, "XS", 300)]
    [TestCase(2, "M", 3600)]
    [TestCase(4, "XL", 36000)]
    public async Task ViewCategoryAsync_DeployedCategories_HaveTheirWorkClock(int id, string name, int seconds)
    {
        var category = await _poco.ViewCategoryAsync(id, CancellationToken.None);

        Assert.That((category.Name, category.WorkClockTimeRef), Is.EqualTo((name, new BigInteger(seconds))));
        Assert.That(category.FinalDeadline, Is.EqualTo(TimeSpan.FromSeconds(seconds * 10)));
    }

    [Test]
    public async Task ClaimAsync_AfterTheFinalDeadline_TaskFailsAndTheRequesterIsRefunded()
    {
        var (dealId, _, _, _) = await MatchAsync();
        await _chain.Node.SendAsync(TestAccounts.Scheduler, _chain.Deployment.Hub, PocoAbi.Hub.Encode("initialize(bytes32,uint256)", dealId, 0), CancellationToken.None);
        var taskId = PocoClient.TaskId(dealId, 0);
        var locked = await _poco.ViewAccountAsync(TestAccounts.Requester.Address, CancellationToken.None);
        var early = await Assert.ThrowsAsync<TransactionRevertedException>(() => _poco.ClaimAsync(TestAccounts.Requester, taskId, CancellationToken.None));
        var anvil = new AnvilRpc(_chain.Node);
        await anvil.IncreaseTimeAsync(3001, CancellationToken.None);
        await anvil.MineAsync(CancellationToken.None);

        await _poco.ClaimAsync(TestAccounts.Requester, taskId, CancellationToken.None);

        var refunded = await _poco.ViewAccountAsync(TestAccounts.Requester.Address, CancellationToken.None);
        Assert.That(early!.Message, Does.StartWith("claim reverted"));
        Assert.That(locked, Is.EqualTo((new BigInteger(1000 - 103), new BigInteger(103))));
        Assert.That(refunded, Is.EqualTo((new BigInteger(1000), BigInteger.Zero)));
        Assert.That((await _poco.ViewTaskAsync(taskId, CancellationToken.None)).Status, Is.EqualTo(Requester.Iexec.TaskStatus.Failed));
    }

    private async Task<(Hash32 DealId, Address App, Address Dataset, Address Workerpool)> MatchAsync()
    {
        var ct = CancellationToken.None;
        var salt = new Hash32(RandomNumberGenerator.GetBytes(32));
        var app = await _poco.CreateAppAsync(TestAccounts.AppOwner, "app " + salt, "daisee/billing:local", salt, ct);
        var dataset = await _poco.CreateDatasetAsync(TestAccounts.DatasetOwner, "data " + salt, "http://127.0.0.1:9/d.zip", salt, ct);
        var workerpool = await _poco.CreateWorkerpoolAsync(TestAccounts.Scheduler, "pool " + salt, ct);
        await _poco.TransferRlcAsync(TestAccounts.Deployer, TestAccounts.Requester.Address, 1000, ct);
        await _poco.TransferRlcAsync(TestAccounts.Deployer, TestAccounts.Scheduler.Address, 100, ct);
        await _poco.DepositAsync(TestAccounts.Requester, 1000, ct);
        await _poco.DepositAsync(TestAccounts.Scheduler, 100, ct);
        var domain = _poco.Domain;
        var request = new RequestOrder(app, 1, dataset, 2, workerpool, 100, TestAccounts.Requester.Address, 1, default, 0, 1,
            TestAccounts.Requester.Address, default, Params, salt);
        var dealId = await _poco.MatchOrdersAsync(
            TestAccounts.Requester,
            OrderSigning.Sign(new AppOrder(app, 1, 1000, default, default, default, default, salt), domain, TestAccounts.AppOwner),
            OrderSigning.Sign(new DatasetOrder(dataset, 2, 1000, default, default, default, default, salt), domain, TestAccounts.DatasetOwner),
            OrderSigning.Sign(new WorkerpoolOrder(workerpool, 100, 1, default, 0, 1, default, default, default, salt), domain, TestAccounts.Scheduler),
            OrderSigning.Sign(request, domain, TestAccounts.Requester),
            ct);
        return (dealId, app, dataset, workerpool);
    }
}
