using System.CommandLine;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Tests.Chain;
using Nethereum.Signer;
using Daisee.Billing.Requester.Chain.Wallet;
using Daisee.Billing.Requester.Commands;
using Daisee.Billing.Requester.Iexec;
using Daisee.Billing.Requester.Iexec.LocalStack;
using Daisee.Billing.Requester.Runners;
using Daisee.Billing.Requester.Tests.Iexec.LocalStack;
using Daisee.Billing.Requester.Tests.Support;

namespace Daisee.Billing.Requester.Tests.Iexec;

/// <summary>
/// The checks <c>bill --runner iexec</c> makes before spending gas, and the errors that name the failing step and
/// what to do, on the local stack; each failing run must leave the chain without any deal or dataset of the requester.
/// </summary>
[Category("Integration")]
public sealed class BillChecksTests
{
    private LocalChain _chain = null!;
    private string _snapshot = null!;
    private LoopbackFileServer _files = null!;
    private string _folder = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _chain = await LocalChain.GetAsync();
        _snapshot = await _chain.SnapshotAsync();
        _files = new LoopbackFileServer();
        _folder = Directory.CreateTempSubdirectory("daisee-checks-").FullName;
    }

    [TearDown]
    public async Task StopAsync()
    {
        _files.Dispose();
        Directory.Delete(_folder, recursive: true);
        await _chain.RevertAsync(_snapshot);
    }

    [Test]
    public async Task Bill_WalletWithoutEth_FundMessageAndNoTransaction()
    {
        var empty = ChainKeys.FromHex("0x" + new string('7', 64));
        var result = await RunAsync(await SessionAsync(empty, fund: false));

        Assert.That(result.Step, Is.EqualTo("check the chain and the wallet"));
        Assert.That(result.StandardError, Does.Contain($"fund {empty.Address} with ETH on chain 31337"));
        Assert.That(await NonceAsync(empty.Address), Is.EqualTo(System.Numerics.BigInteger.Zero), "no transaction was sent");
    }

    [Test]
    public async Task Bill_EscrowBelowThePrice_DepositCommandNamedBeforeAnyTransaction()
    {
        var poor = AnvilAccounts.Key(6);
        var result = await RunAsync(await SessionAsync(poor, fund: false));

        Assert.That(result.Step, Is.EqualTo("take the orders"));
        Assert.That(result.StandardError, Does.Contain("`daisee-request account deposit 101`").And.Contain("holds 0 nRLC"));
        Assert.That(await NonceAsync(poor.Address), Is.EqualTo(System.Numerics.BigInteger.Zero), "checked before createDataset");
    }

    [Test]
    public async Task Bill_HubWithoutCode_ChainJsonNamed()
    {
        var session = await SessionAsync(TestAccounts.Requester, fund: true);
        var wrongHub = _chain.Deployment with { Hub = Address.Parse("0x" + new string('4', 40)) };
        var result = await RunAsync(session with { Poco = new PocoClient(_chain.Node, wrongHub) });

        Assert.That(result.StandardError, Does.Contain("No contract at the hub 0x4444").And.Contain("chain.json"));
    }

    [Test]
    public async Task Bill_DatasetUrlServingOtherBytes_RefusedBeforeAnyTransaction()
    {
        var session = await SessionAsync(AnvilAccounts.Key(7), fund: true);
        _files.Put("/elsewhere.zip", "not the dataset"u8.ToArray());
        var result = await RunAsync(session with { Storage = new WrongUrlStorage(_files, new Uri(_files.BaseAddress, "elsewhere.zip")) });

        Assert.That(result.Step, Is.EqualTo("host the dataset"));
        Assert.That(result.StandardError, Does.Contain("elsewhere.zip serves 15 bytes that are not the dataset"));
        Assert.That(await NonceAsync(AnvilAccounts.Key(7).Address), Is.EqualTo(new System.Numerics.BigInteger(2)), "only the funding transactions (approve, deposit)");
    }

    [Test]
    public async Task Bill_RpcUnreachable_StepUrlAndChainFileNamedNotAWorkerFailure()
    {
        using var console = new RecordingConsole();
        var chainFile = Path.Combine(_folder, "chain.json");
        var dead = $"http://127.0.0.1:{LoopbackPorts.Free()}/";
        await File.WriteAllTextAsync(chainFile, ChainJson(dead, _files.BaseAddress.ToString()));
        var wallet = Path.Combine(_folder, "wallet.json");
        WalletFile.Save(wallet, TestAccounts.Requester, "pw", KeystoreOptions.Light);
        var environment = new Dictionary<string, string>
        {
            ["DAISEE_CHAIN_FILE"] = chainFile, [WalletFile.PathVariable] = wallet, [WalletFile.PasswordVariable] = "pw",
            ["DAISEE_APP"] = "0x" + new string('1', 40), ["DAISEE_DATASET_FOLDER"] = _folder, ["DAISEE_DATASET_URL"] = _files.BaseAddress.ToString(),
        };
        var options = IexecOptions.FromEnvironment(environment.GetValueOrDefault);
        var runner = new IexecRunner(ct => IexecConnection.ConnectAsync(options, LocalChain.Http, ct), console.Console, Path.Combine(_folder, "journal"));
        var root = new RootCommand { BillCommand.Create(console.Console, _ => runner) };

        var exit = await root.Parse(["bill", "--month", "2026-06", "--dataset", RepositoryRoot.Combine("samples", "faulty", "clean"), "--out", Path.Combine(_folder, "out"), "--runner", "iexec"]).InvokeAsync();

        var text = console.Text.ReplaceLineEndings(" ");
        Assert.That(exit, Is.EqualTo(ExitCodes.Failure));
        Assert.That(text, Does.Contain("iExec step 'connect to the chain' failed").And.Contain(dead).And.Contain(chainFile));
        Assert.That(text, Does.Not.Contain("The worker failed"));
    }

    [Test]
    public async Task Bill_TeeTagWithTheSmsDown_SmsNamedBeforeAnyTransaction()
    {
        var requester = AnvilAccounts.Key(8);
        var session = await SessionAsync(requester, fund: true);
        var dead = new Uri($"http://127.0.0.1:{LoopbackPorts.Free()}/");
        var result = await RunAsync(session with { Sms = new SmsClient(LocalChain.Http, dead), Settings = session.Settings with { Tag = IexecTags.Tdx } });

        Assert.That(result.Step, Is.EqualTo("check the chain and the wallet"));
        Assert.That(result.StandardError, Does.Contain("The SMS of chain.json does not answer"));
        Assert.That(await NonceAsync(requester.Address), Is.EqualTo(new System.Numerics.BigInteger(2)), "only the funding transactions (approve, deposit)");
    }

    [Test]
    public async Task Bill_ChainJsonNamesAnotherChainId_BothIdsNamed()
    {
        var chainFile = Path.Combine(_folder, "chain.json");
        await File.WriteAllTextAsync(chainFile, ChainJson(_chain.Anvil.Endpoint.ToString(), _files.BaseAddress.ToString()).Replace("\"31337\"", "\"42161\"", StringComparison.Ordinal));
        var wallet = Path.Combine(_folder, "wallet.json");
        WalletFile.Save(wallet, TestAccounts.Requester, "pw", KeystoreOptions.Light);
        var environment = new Dictionary<string, string>
        {
            ["DAISEE_CHAIN_FILE"] = chainFile, [WalletFile.PathVariable] = wallet, [WalletFile.PasswordVariable] = "pw",
            ["DAISEE_APP"] = "0x" + new string('1', 40), ["DAISEE_DATASET_FOLDER"] = _folder, ["DAISEE_DATASET_URL"] = _files.BaseAddress.ToString(),
        };
        var options = IexecOptions.FromEnvironment(environment.GetValueOrDefault);
        using var console = new RecordingConsole();

        var result = await new IexecRunner(ct => IexecConnection.ConnectAsync(options, LocalChain.Http, ct), console.Console, _folder)
            .RunAsync(new RunRequest(RepositoryRoot.Combine("samples", "faulty", "clean"), Path.Combine(_folder, "out"), ["--month", "2026-06"]), CancellationToken.None);

        Assert.That(result.Step, Is.EqualTo("connect to the chain"));
        Assert.That(result.StandardError, Does.Contain("serves chain 31337").And.Contain("is chain 42161"));
    }

    [Test]
    public async Task Bill_NoAppConfigured_ConfigurationStepNamed()
    {
        var chainFile = Path.Combine(_folder, "chain.json");
        await File.WriteAllTextAsync(chainFile, ChainJson(_chain.Anvil.Endpoint.ToString(), null));
        var options = IexecOptions.FromEnvironment(new Dictionary<string, string> { ["DAISEE_CHAIN_FILE"] = chainFile }.GetValueOrDefault);
        using var console = new RecordingConsole();

        var result = await new IexecRunner(ct => IexecConnection.ConnectAsync(options, LocalChain.Http, ct), console.Console, _folder)
            .RunAsync(new RunRequest(RepositoryRoot.Combine("samples", "faulty", "clean"), Path.Combine(_folder, "out"), ["--month", "2026-06"]), CancellationToken.None);

        Assert.That(result.Step, Is.EqualTo("read the configuration"));
        Assert.That(result.StandardError, Does.Contain("DAISEE_APP"));
    }

    private string ChainJson(string host, string? gateway)
    {
        var local = new System.Text.Json.Nodes.JsonObject { ["id"] = "31337", ["host"] = host, ["hub"] = _chain.Deployment.Hub.ToString() };
        if (gateway is not null)
        {
            (local["ipfsGateway"], local["iexecGateway"]) = (gateway, gateway);
        }

        return new System.Text.Json.Nodes.JsonObject { ["default"] = "local", ["chains"] = new System.Text.Json.Nodes.JsonObject { ["local"] = local } }.ToJsonString();
    }

    private async Task<RunResult> RunAsync(IexecSession session)
    {
        using var console = new RecordingConsole();
        var result = await new IexecRunner(_ => Task.FromResult(session), console.Console, Path.Combine(_folder, "journal"))
            .RunAsync(new RunRequest(RepositoryRoot.Combine("samples", "faulty", "clean"), Path.Combine(_folder, "out"), ["--month", "2026-06"]), CancellationToken.None);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Failure), console.Text);
        Assert.That(Directory.Exists(Path.Combine(_folder, "out")), Is.False, "nothing written");
        return result;
    }

    private async Task<System.Numerics.BigInteger> NonceAsync(Address account) =>
        new Nethereum.Hex.HexTypes.HexBigInteger((string)(await _chain.Node.RequestAsync("eth_getTransactionCount", [account.ToString(), "latest"], CancellationToken.None))!).Value;

    /// <summary>App and workerpool registered by their owners; <paramref name="requester"/> funded with 1000 nRLC in its escrow when <paramref name="fund"/>.</summary>
    private async Task<IexecSession> SessionAsync(EthECKey requester, bool fund)
    {
        var (poco, ct) = (new PocoClient(_chain.Node, _chain.Deployment), CancellationToken.None);
        var app = await poco.CreateAppAsync(TestAccounts.AppOwner, "daisee-billing", "daisee/billing:local", Keccak256.Hash("image"), ct);
        var workerpool = await poco.CreateWorkerpoolAsync(TestAccounts.Scheduler, "local pool", ct);
        await poco.TransferRlcAsync(TestAccounts.Deployer, TestAccounts.Scheduler.Address, 100, ct);
        await poco.DepositAsync(TestAccounts.Scheduler, 100, ct);
        if (fund)
        {
            await poco.TransferRlcAsync(TestAccounts.Deployer, requester.Address, 1000, ct);
            await poco.DepositAsync(requester, 1000, ct);
        }

        var orders = new LocalOrderBook(poco, workerpool, TestAccounts.AppOwner, TestAccounts.Scheduler);
        var settings = IexecRunSettings.For(app) with { PollInterval = TimeSpan.FromMilliseconds(100), Timeout = TimeSpan.FromSeconds(1) };
        return new IexecSession(poco, requester, _files, orders, new ResultDownloader(poco, LocalChain.Http, _files.BaseAddress), settings);
    }

    /// <summary>A dataset host whose public URL is not where it writes: what a misconfigured DAISEE_DATASET_URL does.</summary>
    private sealed class WrongUrlStorage(IDatasetStorage inner, Uri url) : IDatasetStorage
    {
        public async Task<Uri> PublishAsync(string fileName, byte[] content, CancellationToken cancellationToken)
        {
            await inner.PublishAsync(fileName, content, cancellationToken);
            return url;
        }
    }
}
