using System.Numerics;
using System.Text.Json.Nodes;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Tests.Chain;
using Nethereum.Signer;
using Daisee.Billing.Requester.Commands;
using Daisee.Billing.Requester.Iexec;
using Daisee.Billing.Requester.Iexec.LocalStack;
using Daisee.Billing.Requester.Journal;
using Daisee.Billing.Requester.Runners;
using Daisee.Billing.Requester.Tests.Iexec.LocalStack;
using Daisee.Billing.Requester.Tests.Support;
using TaskStatus = Daisee.Billing.Requester.Iexec.TaskStatus;

namespace Daisee.Billing.Requester.Tests.Iexec;

/// <summary>
/// <c>bill --runner iexec</c> pays once per bill, on the local stack (real PoCo on anvil, the real worker run by the
/// local workerpool): a connection lost after <c>matchOrders</c> (a loopback proxy cuts it), the same bill run
/// twice, a task past its deadline claimed back. Deals are counted from the hub's <c>OrdersMatched</c> logs.
/// </summary>
[Category("Integration")]
public sealed class BillOncePaidTests
{
    private const string MatchOrdersSelector = "156194d4";

    private LocalChain _chain = null!;
    private string _snapshot = null!;
    private LoopbackFileServer _files = null!;
    private string _folder = null!;
    private CancellationTokenSource _timeout = null!;
    private Address _app;
    private Address _workerpool;

    private string Journal => Path.Combine(_folder, "journal");

    private static RunRequest Request(string output) =>
        new(RepositoryRoot.Combine("samples", "faulty", "clean"), output, ["--month", "2026-06"]) { ResumeCommand = "daisee-request bill --month 2026-06 …" };

    [SetUp]
    public async Task StartAsync()
    {
        _chain = await LocalChain.GetAsync();
        _snapshot = await _chain.SnapshotAsync();
        _files = new LoopbackFileServer();
        _folder = Directory.CreateTempSubdirectory("daisee-once-").FullName;
        _timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var (poco, ct) = (new PocoClient(_chain.Node, _chain.Deployment), CancellationToken.None);
        _app = await poco.CreateAppAsync(TestAccounts.AppOwner, "daisee-billing", "daisee/billing:local", Keccak256.Hash("image"), ct);
        _workerpool = await poco.CreateWorkerpoolAsync(TestAccounts.Scheduler, "local pool", ct);
        await poco.TransferRlcAsync(TestAccounts.Deployer, TestAccounts.Requester.Address, 1000, ct);
        await poco.TransferRlcAsync(TestAccounts.Deployer, TestAccounts.Scheduler.Address, 100, ct);
        await poco.DepositAsync(TestAccounts.Requester, 1000, ct);
        await poco.DepositAsync(TestAccounts.Scheduler, 100, ct);
    }

    [TearDown]
    public async Task StopAsync()
    {
        await _timeout.CancelAsync();
        _timeout.Dispose();
        _files.Dispose();
        Directory.Delete(_folder, recursive: true);
        await _chain.RevertAsync(_snapshot);
    }

    [Test]
    public async Task Bill_ConnectionLostAfterMatchOrdersThenRunAgain_OneDealAndTheVerifiedResult()
    {
        using var console = new RecordingConsole();
        using var proxy = new DroppingRpcProxy(_chain.Anvil.Endpoint, MatchOrdersSelector);
        var scheduler = RunSchedulerAsync();

        var first = await Runner(await SessionAsync(proxy.Endpoint), console).RunAsync(Request(Path.Combine(_folder, "first")), CancellationToken.None);

        Assert.That(proxy.Tripped, Is.True, "the proxy cut the connection after matchOrders was sent");
        Assert.That(first.ExitCode, Is.EqualTo(ExitCodes.Failure), first.StandardError);
        Assert.That(first.Step, Is.EqualTo("match the orders"));
        Assert.That(first.StandardError, Does.Contain("finds that deal and follows it"));
        var taskId = await scheduler; // the deal went through: the workerpool computed it meanwhile
        proxy.Heal();

        var output = Path.Combine(_folder, "second");
        var second = await Runner(await SessionAsync(proxy.Endpoint), console).RunAsync(Request(output), CancellationToken.None);

        Assert.That(second.ExitCode, Is.EqualTo(ExitCodes.Ok), second.StandardError + console.Text);
        Assert.That(console.Text, Does.Contain("already bought for this bill"));
        var deals = await DealsOfRequesterAsync();
        Assert.That(deals, Has.Count.EqualTo(1), "exactly one deal for this requester and app");
        Assert.That(Requester.Chain.Orders.IexecIds.TaskId(deals[0], 0), Is.EqualTo(taskId));
        var task = await new PocoClient(_chain.Node, _chain.Deployment).ViewTaskAsync(taskId, CancellationToken.None);
        Assert.That(ResultVerifier.Verify(ResultFiles.ReadFolder(output), task.ResultDigest).IsValid, Is.True, "the result written is the verified one");
        Assert.That(second.TaskId, Is.EqualTo(taskId.ToString()));
    }

    [Test]
    public async Task Bill_SameBillTwice_OneDealBothVerified()
    {
        using var console = new RecordingConsole();
        var scheduler = RunSchedulerAsync();
        var session = await SessionAsync(_chain.Anvil.Endpoint);

        var first = await Runner(session, console).RunAsync(Request(Path.Combine(_folder, "first")), CancellationToken.None);
        var taskId = await scheduler;
        var second = await Runner(session, console).RunAsync(Request(Path.Combine(_folder, "second")), CancellationToken.None);

        Assert.That((first.ExitCode, second.ExitCode), Is.EqualTo((ExitCodes.Ok, ExitCodes.Ok)), first.StandardError + second.StandardError);
        Assert.That(await DealsOfRequesterAsync(), Has.Count.EqualTo(1));
        Assert.That(second.TaskId, Is.EqualTo(taskId.ToString()));
        Assert.That(File.ReadAllBytes(Path.Combine(_folder, "second", "manifest.json")), Is.EqualTo(File.ReadAllBytes(Path.Combine(_folder, "first", "manifest.json"))));
    }

    [Test]
    public async Task Bill_JournalLost_DealFoundInTheHubLogsAndFollowed()
    {
        using var console = new RecordingConsole();
        var scheduler = RunSchedulerAsync();
        var session = await SessionAsync(_chain.Anvil.Endpoint);
        var first = await Runner(session, console).RunAsync(Request(Path.Combine(_folder, "first")), CancellationToken.None);
        await scheduler;
        Directory.Delete(Journal, recursive: true);

        var second = await Runner(session, console).RunAsync(Request(Path.Combine(_folder, "second")), CancellationToken.None);

        Assert.That((first.ExitCode, second.ExitCode), Is.EqualTo((ExitCodes.Ok, ExitCodes.Ok)), second.StandardError);
        Assert.That(console.Text, Does.Contain("for this bill is already on chain"));
        Assert.That(await DealsOfRequesterAsync(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Bill_NewDeal_SecondDealBoughtAndItsCostSaid()
    {
        using var console = new RecordingConsole();
        var session = await SessionAsync(_chain.Anvil.Endpoint);
        var request = Request(Path.Combine(_folder, "out")) with { Timeout = TimeSpan.FromSeconds(1) };
        await Runner(session, console).RunAsync(request, CancellationToken.None);

        var again = await Runner(session, console).RunAsync(request with { NewDeal = true }, CancellationToken.None);

        Assert.That(again.StandardError, Does.Contain("still UNSET"));
        Assert.That(console.Text, Does.Contain("--new-deal: buying a new deal; it costs the task's price again"));
        Assert.That(console.Text.ReplaceLineEndings(" "), Does.Contain($"= {LocalOrderBook.AppPrice + LocalOrderBook.WorkerpoolPrice} nRLC per task"), "the price of the new deal is said");
        Assert.That(await DealsOfRequesterAsync(), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Claim_TaskPastItsDeadline_PriceBackInTheEscrow()
    {
        using var console = new RecordingConsole();
        var session = await SessionAsync(_chain.Anvil.Endpoint);
        var poco = session.Poco;
        var request = Request(Path.Combine(_folder, "out")) with { Timeout = TimeSpan.FromSeconds(1) };
        var waited = await Runner(session, console).RunAsync(request, CancellationToken.None); // no workerpool computes
        var taskId = Hash32.Parse(waited.TaskId!);
        var (stakeBefore, lockedBefore) = await poco.ViewAccountAsync(TestAccounts.Requester.Address, CancellationToken.None);
        Assert.That(lockedBefore, Is.EqualTo(new BigInteger(LocalOrderBook.AppPrice + LocalOrderBook.WorkerpoolPrice)), "the price is locked at match time");

        var early = await ClaimCommand.RunAsync(console.Console, poco, new DealTracker(session.Poco), TestAccounts.Requester, taskId, null, new BillJournal(JournalFile()), CancellationToken.None);
        Assert.That(early, Is.EqualTo(ExitCodes.Failure), "not claimable before the final deadline");
        // category 0 (XS): workClockTimeRef 300 s, final deadline = start + 10 × 300 s
        await _chain.Node.RequestAsync("evm_increaseTime", [3001], CancellationToken.None);
        await _chain.Node.RequestAsync("evm_mine", [], CancellationToken.None);
        var late = await Runner(session, console).RunAsync(request with { Timeout = null }, CancellationToken.None);
        Assert.That(late.StandardError, Does.Contain($"daisee-request claim --task {taskId}"), "bill offers the claim");

        var exit = await ClaimCommand.RunAsync(console.Console, poco, new DealTracker(session.Poco), TestAccounts.Requester, taskId, null, new BillJournal(JournalFile()), CancellationToken.None);

        var (stakeAfter, lockedAfter) = await poco.ViewAccountAsync(TestAccounts.Requester.Address, CancellationToken.None);
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), console.Text);
        Assert.That((await poco.ViewTaskAsync(taskId, CancellationToken.None)).Status, Is.EqualTo(TaskStatus.Failed));
        Assert.That(stakeAfter - stakeBefore, Is.EqualTo(lockedBefore), "the locked price is back in the stake");
        Assert.That(lockedAfter, Is.EqualTo(BigInteger.Zero));
        Assert.That(console.Text, Does.Contain("Claimed"));
    }

    private string JournalFile() => BillJournal.For(Journal, TestAccounts.Requester.Address.ToString()).Path;

    private IexecRunner Runner(IexecSession session, RecordingConsole console) => new(_ => Task.FromResult(session), console.Console, Journal);

    /// <summary>The provider's session, talking to the chain through <paramref name="rpc"/> (anvil itself or the proxy).</summary>
    private async Task<IexecSession> SessionAsync(Uri rpc)
    {
        var node = await ChainRpcNode.ConnectAsync(rpc, ChainNodeOptions.LocalNode, PocoDeployer.KnownContracts(_chain.Package), CancellationToken.None);
        var poco = new PocoClient(node, _chain.Deployment);
        var orders = new LocalOrderBook(poco, _workerpool, TestAccounts.AppOwner, TestAccounts.Scheduler);
        var settings = IexecRunSettings.For(_app) with { PollInterval = TimeSpan.FromMilliseconds(100), Timeout = TimeSpan.FromMinutes(2) };
        return new IexecSession(poco, TestAccounts.Requester, _files, orders, new ResultDownloader(poco, LocalChain.Http, _files.BaseAddress), settings);
    }

    /// <summary>Every deal of the hub's OrdersMatched logs whose viewDeal names the requester and the app.</summary>
    private async Task<List<Hash32>> DealsOfRequesterAsync()
    {
        var filter = new JsonObject { ["address"] = _chain.Deployment.Hub.ToString(), ["fromBlock"] = "0x0", ["toBlock"] = "latest", ["topics"] = new JsonArray(PocoAbi.Hub.Topic("OrdersMatched").ToString()) };
        var logs = (JsonArray)(await _chain.Node.RequestAsync("eth_getLogs", [filter], CancellationToken.None))!;
        var deals = new List<Hash32>();
        foreach (var log in logs)
        {
            // OrdersMatched(bytes32 dealid, …): nothing indexed, the deal id is the first data word
            var dealId = new Hash32(Hex.Decode((string)log!["data"]!).AsSpan(0, 32).ToArray());
            var deal = PocoAbi.Hub.Decode("viewDeal", await _chain.Node.CallAsync(_chain.Deployment.Hub, PocoAbi.Hub.Encode("viewDeal", dealId), CancellationToken.None)).Tuple();
            if (deal.Address("requester") == TestAccounts.Requester.Address && deal.Tuple("app").Address("pointer") == _app)
            {
                deals.Add(dealId);
            }
        }

        return deals;
    }

    private Task<Hash32> RunSchedulerAsync()
    {
        var pool = new LocalWorkerpool(_chain.Node, _chain.Deployment, _files, TestAccounts.Scheduler, TestAccounts.Worker, LocalChain.Http);
        var token = _timeout.Token;
        return Task.Run(() => LocalScheduler.RunFirstDealAsync(_chain.Node, _chain.Deployment, pool, token), token);
    }
}
