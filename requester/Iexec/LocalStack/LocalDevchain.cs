using System.Collections.Immutable;
using System.Numerics;
using System.Text.Json.Nodes;
using Daisee.Billing.Requester.Chain;
using Nethereum.Signer;
using Daisee.Billing.Requester.Chain.Wallet;
using Spectre.Console;

namespace Daisee.Billing.Requester.Iexec.LocalStack;

/// <summary>
/// The local iExec stack outside the tests (<c>daisee-request devchain up</c>): anvil on 127.0.0.1,
/// the real PoCo, the Daisee app (owner: anvil account #1), a workerpool (owner and scheduler: #3,
/// worker: #5), the requester (#4) funded with 10 RLC in its escrow and its keystore (and the app owner's,
/// <c>owner.json</c>) under the dev password, a loopback server (datasets, market API, IPFS gateway) and the <c>env.sh</c> that points
/// daisee-request at all of it. <see cref="ServeAsync"/> then plays the workerpool until cancelled.
/// </summary>
public sealed class LocalDevchain : IDisposable
{
    /// <summary>The password of the requester's keystore in the state folder: a public dev password for a public test key.</summary>
    public const string Password = "daisee-dev";

    private static readonly BigInteger RequesterNanoRlc = 10_000_000_000;
    private static readonly BigInteger SchedulerNanoRlc = 1_000_000_000;
    private static readonly TimeSpan MaxServeDuration = TimeSpan.FromHours(24);
    private static readonly BigInteger OrderVolume = 1000;
    private static readonly BigInteger ChainId = 31337;
    private const string AppName = "daisee-billing";
    private const string AppImage = "daisee/billing:local";
    private static readonly Hash32 AppChecksum = Chain.Orders.IexecIds.Keccak("image"u8.ToArray());

    private readonly AnvilProcess _anvil;
    private readonly LoopbackFileServer _files;
    private readonly ChainRpcNode _node;
    private readonly PocoDeployment _deployment;
    private readonly LocalWorkerpool _pool;
    private readonly LocalMarket _market;
    private readonly Address _app;
    private readonly Address _workerpool;
    private readonly IAnsiConsole _console;

    private LocalDevchain(AnvilProcess anvil, LoopbackFileServer files, ChainRpcNode node, PocoDeployment deployment, Address app, Address workerpool, HttpClient http, IAnsiConsole console)
    {
        (_anvil, _files, _node, _deployment, _app, _workerpool, _console) = (anvil, files, node, deployment, app, workerpool, console);
        var poco = new PocoClient(node, deployment);
        _pool = new LocalWorkerpool(node, deployment, files, Scheduler, Worker, http, new LocalSms(files, poco));
        _market = new LocalMarket(files, poco);
    }

    public static EthECKey Deployer => AnvilAccounts.Key(0);

    public static EthECKey AppOwner => AnvilAccounts.Key(1);

    public static EthECKey Scheduler => AnvilAccounts.Key(3);

    public static EthECKey Requester => AnvilAccounts.Key(4);

    public static EthECKey Worker => AnvilAccounts.Key(5);

    public Uri Endpoint => _anvil.Endpoint;

    /// <summary>Starts and provisions the stack; <c>env.sh</c> is written last, when everything answers.</summary>
    public static async Task<LocalDevchain> StartAsync(int port, string stateFolder, IAnsiConsole console, HttpClient http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (!AnvilProcess.IsInstalled)
        {
            throw new InvalidOperationException($"anvil or the PoCo artifacts are missing under .tools/: run {AnvilProcess.SetupScript} first.");
        }

        var state = Directory.CreateDirectory(stateFolder).FullName;
        File.Delete(Path.Combine(state, DevchainEnvironment.FileName));
        var anvil = await AnvilProcess.StartAsync(port, cancellationToken);
        var files = new LoopbackFileServer(Directory.CreateDirectory(Path.Combine(state, "datasets")).FullName);
        try
        {
            console.MarkupLine($"anvil on [blue]{anvil.Endpoint}[/] (chain 31337); files, market API and IPFS gateway on [blue]{files.BaseAddress}[/]");
            var devchain = await ProvisionAsync(anvil, files, console, http, cancellationToken);
            devchain.WriteConfiguration(state);
            return devchain;
        }
        catch
        {
            files.Dispose();
            anvil.Dispose();
            throw;
        }
    }

    /// <summary>Plays the workerpool (scheduler + worker) for every deal, until cancelled (24 h at most).</summary>
    public async Task ServeAsync(CancellationToken cancellationToken)
    {
        _console.MarkupLine("Workerpool ready: waiting for deals (Ctrl+C to stop).");
        try
        {
            await LocalScheduler.ServeAsync(_node, _deployment, RunDealAsync, MaxServeDuration, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            _console.MarkupLine("Stopping the local stack.");
        }
    }

    public void Dispose()
    {
        _files.Dispose();
        _anvil.Dispose();
    }

    private static async Task<LocalDevchain> ProvisionAsync(AnvilProcess anvil, LoopbackFileServer files, IAnsiConsole console, HttpClient http, CancellationToken cancellationToken)
    {
        var package = new PocoPackage(Path.Combine(AnvilProcess.RepositoryRoot, PocoPackage.RelativeFolder));
        var node = await ChainRpcNode.ConnectAsync(anvil.Endpoint, ChainNodeOptions.LocalNode, PocoDeployer.KnownContracts(package), cancellationToken);
        var deployment = await new PocoDeployer(package, node, Deployer).DeployAsync(cancellationToken);
        console.MarkupLine($"PoCo deployed: hub [blue]{deployment.Hub}[/]");
        var poco = new PocoClient(node, deployment);
        var app = await poco.CreateAppAsync(AppOwner, AppName, AppImage, AppChecksum, cancellationToken);
        console.MarkupLine($"App [blue]{app}[/] (owner {AppOwner.Address}), run by the local worker");
        var workerpool = await poco.CreateWorkerpoolAsync(Scheduler, "daisee local pool", cancellationToken);
        console.MarkupLine($"Workerpool [blue]{workerpool}[/] (owner and scheduler {Scheduler.Address}, worker {Worker.Address})");
        await poco.TransferRlcAsync(Deployer, Requester.Address, RequesterNanoRlc, cancellationToken);
        await poco.TransferRlcAsync(Deployer, Scheduler.Address, SchedulerNanoRlc, cancellationToken);
        await poco.DepositAsync(Requester, RequesterNanoRlc, cancellationToken);
        await poco.DepositAsync(Scheduler, SchedulerNanoRlc, cancellationToken);
        console.MarkupLine($"Requester [blue]{Requester.Address}[/]: 10 RLC deposited in its escrow");
        var devchain = new LocalDevchain(anvil, files, node, deployment, app, workerpool, http, console);
        await devchain.PublishOrdersAsync(poco, cancellationToken);
        return devchain;
    }

    private void WriteConfiguration(string state)
    {
        var wallet = Path.Combine(state, "wallet.json");
        if (!File.Exists(wallet))
        {
            WalletFile.Save(wallet, Requester, Password, KeystoreOptions.Light);
        }
        else if (WalletFile.Unlock(wallet, Password).Address != Requester.Address)
        {
            throw new InvalidOperationException($"{wallet} is not the devchain requester's keystore: move it away.");
        }

        var owner = Path.Combine(state, "owner.json");
        if (!File.Exists(owner))
        {
            WalletFile.Save(owner, AppOwner, Password, KeystoreOptions.Light);
        }

        var chainFile = Path.Combine(state, "chain.json");
        File.WriteAllText(chainFile, ChainJson().ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n");
        WriteSdkProject(state);
        var environment = Variables(chainFile, wallet, Path.Combine(state, "datasets"));
        var envFile = Path.Combine(state, DevchainEnvironment.FileName);
        DevchainEnvironment.Write(envFile, environment);
        _console.MarkupLine($"Environment written: [green]source {Markup.Escape(envFile)}[/] (wallet password '{Password}')");
    }

    /// <summary>The iExec SDK's project files beside chain.json: deployed.json (app, workerpool) and iexec.json's app section.</summary>
    private void WriteSdkProject(string state)
    {
        new SdkProject(state).WriteDeployed(ChainId, new Dictionary<string, Address> { ["app"] = _app, ["workerpool"] = _workerpool });
        var app = new JsonObject
        {
            ["owner"] = AppOwner.Address.ToString(),
            ["name"] = AppName,
            ["type"] = "DOCKER",
            ["multiaddr"] = AppImage,
            ["checksum"] = AppChecksum.ToString(),
        };
        File.WriteAllText(Path.Combine(state, SdkProject.IexecFile), new JsonObject { ["app"] = app }.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    private JsonObject ChainJson()
    {
        var local = new JsonObject
        {
            ["id"] = ChainId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["host"] = _anvil.Endpoint.ToString(),
            ["hub"] = _deployment.Hub.ToString(),
            ["sms"] = _files.BaseAddress.ToString(),
            ["ipfsGateway"] = _files.BaseAddress.ToString(),
            ["iexecGateway"] = _files.BaseAddress.ToString(),
        };
        return new JsonObject { ["default"] = "local", ["chains"] = new JsonObject { ["local"] = local } };
    }

    private ImmutableDictionary<string, string> Variables(string chainFile, string wallet, string datasets) =>
        new Dictionary<string, string>
        {
            ["DAISEE_CHAIN_FILE"] = chainFile,
            ["DAISEE_CHAIN"] = "local",
            [WalletFile.PathVariable] = wallet,
            [WalletFile.PasswordVariable] = Password,
            ["DAISEE_APP"] = _app.ToString(),
            ["DAISEE_WORKERPOOL"] = _workerpool.ToString(),
            ["DAISEE_DATASET_FOLDER"] = datasets,
            ["DAISEE_DATASET_URL"] = new Uri(_files.BaseAddress, "datasets/").ToString(),
        }.ToImmutableDictionary(StringComparer.Ordinal);

    private async Task RunDealAsync(Hash32 dealId, CancellationToken cancellationToken)
    {
        _console.MarkupLine($"Deal [blue]{dealId}[/] noticed: running its task");
        try
        {
            var taskId = await _pool.RunAsync(dealId, 0, cancellationToken);
            _console.MarkupLine($"Task [blue]{taskId}[/] [green]COMPLETED[/]: result at {_files.BaseAddress}ipfs/{taskId}");
        }
        catch (Exception e) when (e is InvalidOperationException or TransactionRevertedException or HttpRequestException)
        {
            _console.MarkupLine($"[red]Deal {dealId} failed:[/] {Markup.Escape(e.Message)}");
        }
    }

    /// <summary>
    /// The app owner's and the scheduler's standing orders (unrestricted, volume <see cref="OrderVolume"/>): tag 0 for
    /// standard tasks and, for the iExec SDK 9 (which ORs TEE + TDX into every order it signs), a TDX workerpool order.
    /// </summary>
    private async Task PublishOrdersAsync(PocoClient poco, CancellationToken cancellationToken)
    {
        var appOrder = new Chain.Orders.AppOrder(_app, LocalOrderBook.AppPrice, OrderVolume, default, default, default, default, Salt());
        await _market.PublishAsync("app", MarketOrderJson.Write(Chain.Orders.OrderSigning.Sign(appOrder, poco.Domain, AppOwner)), cancellationToken);
        var poolOrder = new Chain.Orders.WorkerpoolOrder(_workerpool, LocalOrderBook.WorkerpoolPrice, OrderVolume, default, 0, 1, default, default, default, Salt());
        await _market.PublishAsync("workerpool", MarketOrderJson.Write(Chain.Orders.OrderSigning.Sign(poolOrder, poco.Domain, Scheduler)), cancellationToken);
        var tdxPoolOrder = poolOrder with { Tag = IexecTags.Tdx, Salt = Salt() };
        await _market.PublishAsync("workerpool", MarketOrderJson.Write(Chain.Orders.OrderSigning.Sign(tdxPoolOrder, poco.Domain, Scheduler)), cancellationToken);
        _console.MarkupLine($"Market: app order ({LocalOrderBook.AppPrice} nRLC) and workerpool orders ({LocalOrderBook.WorkerpoolPrice} nRLC, category 0, tags 0 and TEE+TDX) published");
    }

    private static Hash32 Salt() => new(System.Security.Cryptography.RandomNumberGenerator.GetBytes(Hash32.Length));
}
