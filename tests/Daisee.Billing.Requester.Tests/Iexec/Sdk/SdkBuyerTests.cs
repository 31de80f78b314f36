using System.Collections.Immutable;
using System.CommandLine;
using System.Numerics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Orders;
using Daisee.Billing.Requester.Commands;
using Daisee.Billing.Requester.Datasets;
using Daisee.Billing.Requester.Iexec;
using Daisee.Billing.Requester.Iexec.LocalStack;
using Daisee.Billing.Requester.Tests.Iexec.LocalStack;
using Daisee.Billing.Requester.Tests.Support;

namespace Daisee.Billing.Requester.Tests.Iexec.Sdk;

/// <summary>
/// The official iExec SDK 9.0.1 as a buyer of the Dapp on <c>devchain up</c>: it reads the devchain's chain.json and
/// keystore as they are; the app owner sells with our <c>app publish --price 5 --tag tee,tdx</c>; the buyer (the
/// devchain requester) encrypts, deploys and pushes its dataset with the SDK, runs <c>iexec app run … --watch</c>
/// (TEE + TDX, as SDK 9 signs every order), downloads the result with the SDK, and <c>daisee-request verify</c>
/// accepts it; the owner earns exactly the app price; once cancelled, the order is no longer matched.
/// </summary>
[Category("Integration")]
[NonParallelizable]
public sealed class SdkBuyerTests
{
    private const string Month = "2026-06";

    private readonly CancellationTokenSource _stop = new(TimeSpan.FromMinutes(12));
    private RecordingConsole _devchainConsole = null!;
    private Task<int> _up = null!;
    private string _state = null!;
    private IexecOptions _buyer = null!;
    private IexecSdk _sdk = null!;
    private string[] _wallet = null!;

    [OneTimeSetUp]
    public async Task StartDevchainAsync()
    {
        LocalChain.RequireInstalled();
        IexecSdk.RequireInstalled();
        _state = Directory.CreateTempSubdirectory("daisee-sdk-").FullName;
        _devchainConsole = new RecordingConsole();
        _up = Task.Run(() => DevchainCommand.UpAsync(_devchainConsole.Console, LoopbackPorts.Free(), _state, _stop.Token));
        var environment = await WaitForEnvironmentAsync(Path.Combine(_state, DevchainEnvironment.FileName));
        _buyer = IexecOptions.FromEnvironment(environment.GetValueOrDefault);
        var project = Directory.CreateDirectory(Path.Combine(_state, "buyer")).FullName;
        _sdk = new IexecSdk(project);
        Assert.That((await _sdk.RunAsync("init", "--skip-wallet")).Exit, Is.Zero);
        File.Copy(Path.Combine(_state, "chain.json"), Path.Combine(project, "chain.json"), overwrite: true);
        _wallet = ["--chain", "local", "--keystoredir", _state, "--wallet-file", "wallet.json", "--password", LocalDevchain.Password];
    }

    [OneTimeTearDown]
    public async Task StopDevchainAsync()
    {
        await _stop.CancelAsync();
        Assert.That(await _up, Is.EqualTo(ExitCodes.Ok), _devchainConsole.Text);
        _up.Dispose();
        _devchainConsole.Dispose();
        _stop.Dispose();
        Directory.Delete(_state, recursive: true);
    }

    [Test]
    public async Task AppRun_SdkBuysTheAppOrder_CompletedVerifiedOwnerEarnsThePrice_CancelledOrderNotMatched()
    {
        using var console = new RecordingConsole();
        var app = _buyer.App!.Value;
        var owner = _buyer with { Wallet = Path.Combine(_state, "owner.json") };
        var sellers = new RootCommand { AppCommand.Create(console.Console, () => owner, () => new SdkProject(_state)), OrderCommand.Create(console.Console, () => owner) };
        var published = await sellers.Parse(["app", "publish", "--price", "5", "--volume", "10", "--tag", "tee,tdx"]).InvokeAsync();
        Assert.That(published, Is.EqualTo(ExitCodes.Ok), console.Text);
        Assert.That(console.Text, Does.Contain($"App {app} registered"), "image, checksum and name from the devchain's iexec.json: the same app");
        var orderHash = Regex.Match(console.Text, "App order (0x[0-9a-f]{64}) published").Groups[1].Value;

        var shown = await _sdk.RunAsync("app", "show", app.ToString(), "--chain", "local");
        var book = await _sdk.RunAsync("orderbook", "app", app.ToString(), "--tag", "tee,tdx", "--chain", "local");
        var wallet = await _sdk.RunAsync(["wallet", "show", .. _wallet]);
        Assert.That(shown.Answer["app"]?["owner"]?.GetValue<string>(), Is.EqualTo(LocalDevchain.AppOwner.Address.ToString()), shown.Answer.ToJsonString());
        Assert.That(shown.Answer["app"]?["appMultiaddr"]?.GetValue<string>(), Is.EqualTo("daisee/billing:local"));
        Assert.That(Orders(book.Answer), Is.EqualTo(new[] { (orderHash, "5", 10) }), "only our TDX order matches --tag tee,tdx: " + book.Answer.ToJsonString());
        Assert.That(wallet.Answer["wallet"]?["address"]?.GetValue<string>(), Is.EqualTo(LocalDevchain.Requester.Address.ToString()), "the SDK opens the devchain's keystore");

        var dataset = await DeployEncryptedDatasetAsync();
        var inDevchainFolder = await new IexecSdk(_state).RunAsync("app", "show", "--chain", "local");
        var environment = DevchainEnvironment.Read(Path.Combine(_state, DevchainEnvironment.FileName)).Remove("DAISEE_APP");
        Assert.That(inDevchainFolder.Answer["app"]?["appMultiaddr"]?.GetValue<string>(), Is.EqualTo("daisee/billing:local"), "the SDK reads the devchain's deployed.json");
        Assert.That(new SdkProject(_sdk.ProjectFolder).Deployed("dataset", 31337)?.ToString(), Is.EqualTo(dataset), "we read the SDK's deployed.json");
        Assert.That(IexecOptions.FromEnvironment(environment.GetValueOrDefault, new SdkProject(_state)).App, Is.EqualTo(app), "without DAISEE_APP: deployed.json's app");
        var (poco, _) = await _buyer.ConnectReadOnlyAsync(LocalChain.Http, CancellationToken.None);
        var before = (await poco.ViewAccountAsync(LocalDevchain.AppOwner.Address, CancellationToken.None)).Stake;
        var run = await RunAppAsync(app, dataset);
        var task = run.Answer["tasks"]?[0];
        Assert.That((run.Exit, task?["statusName"]?.GetValue<string>()), Is.EqualTo((0, "COMPLETED")), run.Answer.ToJsonString() + _devchainConsole.Text);
        var taskId = task!["taskid"]!.GetValue<string>();
        var after = (await poco.ViewAccountAsync(LocalDevchain.AppOwner.Address, CancellationToken.None)).Stake;

        var zip = Path.Combine(_sdk.ProjectFolder, "result.zip");
        var download = await _sdk.RunAsync(["task", "show", taskId, "--download", "result.zip", .. _wallet]);
        var verified = await new RootCommand { VerifyCommand.Create(console.Console, () => _buyer) }.Parse(["verify", zip, "--task", taskId]).InvokeAsync();
        Assert.That((download.Exit, File.Exists(zip)), Is.EqualTo((0, true)), download.Answer.ToJsonString());
        Assert.That(verified, Is.EqualTo(ExitCodes.Ok), console.Text);
        Assert.That(console.Text, Does.Contain("Verified: "));
        Assert.That(after - before, Is.EqualTo(new BigInteger(5)), "the owner's escrow grows by the app price");
        Assert.That(Orders((await _sdk.RunAsync("orderbook", "app", app.ToString(), "--tag", "tee,tdx", "--chain", "local")).Answer), Is.EqualTo(new[] { (orderHash, "5", 9) }));

        var cancelled = await sellers.Parse(["order", "cancel", "app", orderHash]).InvokeAsync();
        var refused = await RunAppAsync(app, dataset);
        Assert.That(cancelled, Is.EqualTo(ExitCodes.Ok), console.Text);
        Assert.That(refused.Exit, Is.Not.Zero);
        Assert.That(refused.Answer["error"]?["message"]?.GetValue<string>(), Is.EqualTo($"No order available for app {app}"), refused.Answer.ToJsonString());
        Assert.That((await poco.ViewAccountAsync(LocalDevchain.AppOwner.Address, CancellationToken.None)).Stake, Is.EqualTo(after), "nothing more was paid");
    }

    [Test]
    public async Task RequestOrder_SignedBySdkAndByOurSigning_SameHashAndSignature()
    {
        Assert.That((await _sdk.RunAsync(["order", "init", "--request", .. _wallet])).Exit, Is.Zero);
        var iexecJson = Path.Combine(_sdk.ProjectFolder, "iexec.json");
        var project = JsonNode.Parse(File.ReadAllText(iexecJson))!.AsObject();
        var template = project["order"]!["requestorder"]!.AsObject();
        template["app"] = _buyer.App!.Value.ToString();
        template["appmaxprice"] = "5";
        template["workerpool"] = _buyer.Workerpool!.Value.ToString();
        template["workerpoolmaxprice"] = "100";
        template["params"] = new JsonObject { ["iexec_args"] = "--month " + Month };
        File.WriteAllText(iexecJson, project.ToJsonString());

        var signed = await _sdk.RunAsync(["order", "sign", "--request", "--skip-preflight-check", .. _wallet]);
        var sdkOrder = signed.Answer["requestorder"]!.AsObject();
        var orderFile = Path.Combine(_sdk.ProjectFolder, "signed-request.json");
        File.WriteAllText(orderFile, sdkOrder.ToJsonString());
        var chain = _buyer.Chain();
        var sdkHash = (await IexecSdk.RunScriptAsync(
            RepositoryRoot.Combine("tests", "Daisee.Billing.Requester.Tests", "Iexec", "Sdk", "hash-requestorder.mjs"),
            IexecSdk.LibraryEntry, chain.Host.ToString(), chain.Hub.ToString(), orderFile))["hash"]!.GetValue<string>();

        var ours = new RequestOrder(
            _buyer.App.Value, 5, Address.Zero, 0, _buyer.Workerpool.Value, 100, LocalDevchain.Requester.Address, 1,
            IexecTags.Tdx, 0, 0, LocalDevchain.Requester.Address, Address.Zero,
            sdkOrder["params"]!.GetValue<string>(), Hash32.Parse(sdkOrder["salt"]!.GetValue<string>()));
        var (poco, _) = await _buyer.ConnectReadOnlyAsync(LocalChain.Http, CancellationToken.None);
        var oursSigned = OrderSigning.Sign(ours, poco.Domain, LocalDevchain.Requester);

        Assert.That(signed.Exit, Is.Zero, signed.Answer.ToJsonString());
        Assert.That(sdkOrder["tag"]!.GetValue<string>(), Is.EqualTo(IexecTags.Tdx.ToString()), "SDK 9 ORs TEE + TDX into the tag");
        Assert.That(sdkOrder["params"]!.GetValue<string>(), Is.EqualTo("{\"iexec_result_storage_provider\":\"ipfs\",\"iexec_args\":\"--month 2026-06\"}"));
        Assert.That(OrderSigning.Hash(ours, poco.Domain).ToString(), Is.EqualTo(sdkHash));
        Assert.That(oursSigned.SignHex, Is.EqualTo(sdkOrder["sign"]!.GetValue<string>()), "RFC 6979 signatures of the same hash by the same key are identical");
    }

    [Test]
    public async Task WalletCreate_SdkKeystore_OpenedByOurWalletFile()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_state, "sdk-keystore")).FullName;
        var created = await _sdk.RunAsync("wallet", "create", "--keystoredir", folder, "--password", "sdk-pass", "--force");
        var file = Directory.GetFiles(folder).Single();
        var address = WalletFile.Unlock(file, "sdk-pass").GetPublicAddress();
        Assert.That(created.Exit, Is.Zero, created.Answer.ToJsonString());
        Assert.That(address, Is.EqualTo(created.Answer["address"]?.GetValue<string>()), created.Answer.ToJsonString());
    }

    private static IEnumerable<(string Hash, string Price, int Remaining)> Orders(JsonObject book) =>
        (book["appOrders"]?.AsArray() ?? []).Select(o => (o!["orderHash"]!.GetValue<string>(), o["price"]!.GetValue<string>(), o["remaining"]!.GetValue<int>()));

    private Task<(int Exit, JsonObject Answer)> RunAppAsync(Address app, string dataset) =>
        _sdk.RunAsync(["app", "run", app.ToString(), "--dataset", dataset, "--workerpool", _buyer.Workerpool!.Value.ToString(),
            "--tag", "tee,tdx", "--args", "--month " + Month, "--watch", "--force", .. _wallet]);

    /// <summary>What a buyer does with the SDK: encrypt the packed dataset, host it, deploy it, push its key to the SMS.</summary>
    private async Task<string> DeployEncryptedDatasetAsync()
    {
        Assert.That((await _sdk.RunAsync("dataset", "init", "--encrypted")).Exit, Is.Zero);
        var original = Path.Combine(_sdk.ProjectFolder, "datasets", "original", "june.zip");
        await DatasetPackager.PackAsync(RepositoryRoot.Combine("samples", "faulty", "clean"), original, CancellationToken.None);
        var encrypted = await _sdk.RunAsync("dataset", "encrypt");
        var file = encrypted.Answer["encryptedFiles"]![0]!;
        var checksum = file["checksum"]!.GetValue<string>();
        var served = checksum[2..] + ".enc";
        File.Copy(file["encrypted"]!.GetValue<string>(), Path.Combine(_buyer.DatasetFolder!, served));

        var iexecJson = Path.Combine(_sdk.ProjectFolder, "iexec.json");
        var project = JsonNode.Parse(File.ReadAllText(iexecJson))!.AsObject();
        project["dataset"] = new JsonObject
        {
            ["owner"] = LocalDevchain.Requester.Address.ToString(),
            ["name"] = "june",
            ["multiaddr"] = new Uri(_buyer.DatasetUrl!, served).ToString(),
            ["checksum"] = checksum,
        };
        File.WriteAllText(iexecJson, project.ToJsonString());
        var deployed = await _sdk.RunAsync(["dataset", "deploy", .. _wallet]);
        var pushed = await _sdk.RunAsync(["dataset", "push-secret", .. _wallet, "--secret-path", file["key"]!.GetValue<string>()]);
        Assert.That((deployed.Exit, pushed.Exit), Is.EqualTo((0, 0)), deployed.Answer.ToJsonString() + pushed.Answer.ToJsonString());
        return deployed.Answer["address"]!.GetValue<string>();
    }

    private async Task<ImmutableDictionary<string, string>> WaitForEnvironmentAsync(string path)
    {
        for (var attempt = 0; attempt < 600 && !File.Exists(path); attempt++)
        {
            Assert.That(_up.IsCompleted, Is.False, () => $"devchain up stopped before writing {path}: {_devchainConsole.Text}");
            await Task.Delay(100);
        }

        Assert.That(File.Exists(path), Is.True, $"{path} not written within 60 s");
        return DevchainEnvironment.Read(path);
    }
}
