using Daisee.Billing.Requester.Chain;
using System.CommandLine;
using Daisee.Billing.Requester.Chain.Wallet;
using Daisee.Billing.Requester.Commands;
using Daisee.Billing.Requester.Iexec;
using Daisee.Billing.Requester.Tests.Iexec.LocalStack;
using Daisee.Billing.Requester.Tests.Support;

namespace Daisee.Billing.Requester.Tests.Commands;

/// <summary>
/// The signing verbs against the local PoCo, configured as a provider would: a chain.json naming the
/// anvil and its hub, a keystore and DAISEE_* variables (<see cref="IexecOptions.FromEnvironment"/>).
/// </summary>
[Category("Integration")]
public sealed class AccountCommandTests
{
    private const string Password = "pw";
    private LocalChain _chain = null!;
    private string _snapshot = null!;
    private string _folder = null!;
    private Dictionary<string, string> _environment = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _chain = await LocalChain.GetAsync();
        _snapshot = await _chain.SnapshotAsync();
        _folder = Directory.CreateTempSubdirectory("daisee-account-").FullName;
        var chainFile = Path.Combine(_folder, "chain.json");
        var local = new System.Text.Json.Nodes.JsonObject { ["id"] = "31337", ["host"] = _chain.Anvil.Endpoint.ToString(), ["hub"] = _chain.Deployment.Hub.ToString() };
        var config = new System.Text.Json.Nodes.JsonObject { ["default"] = "local", ["chains"] = new System.Text.Json.Nodes.JsonObject { ["local"] = local } };
        await File.WriteAllTextAsync(chainFile, config.ToJsonString());
        var wallet = Path.Combine(_folder, "wallet.json");
        WalletFile.Save(wallet, TestAccounts.Requester, Password, KeystoreOptions.Light);
        _environment = new() { ["DAISEE_CHAIN_FILE"] = chainFile, [WalletFile.PathVariable] = wallet, [WalletFile.PasswordVariable] = Password };
    }

    [TearDown]
    public async Task StopAsync()
    {
        Directory.Delete(_folder, recursive: true);
        await _chain.RevertAsync(_snapshot);
    }

    [Test]
    public async Task Deposit_FromTheKeystoreWallet_EscrowCreditedAndShown()
    {
        using var console = new RecordingConsole();
        var poco = new PocoClient(_chain.Node, _chain.Deployment);
        await poco.TransferRlcAsync(TestAccounts.Deployer, TestAccounts.Requester.Address, 2_000_000_000, CancellationToken.None);

        var exit = await Verbs(console).Parse(["account", "deposit", "1500000000"]).InvokeAsync();

        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), console.Text);
        Assert.That((await poco.ViewAccountAsync(TestAccounts.Requester.Address, CancellationToken.None)).Stake, Is.EqualTo(new System.Numerics.BigInteger(1_500_000_000)));
        Assert.That(console.Text, Does.Contain("escrow: 1.5 RLC (1500000000 nRLC) available").And.Contain("wallet: 0.5 RLC"));
    }

    [Test]
    public async Task AppPublish_ImageAndDigest_RegisteredOnceOwnedByTheWallet()
    {
        using var console = new RecordingConsole();
        string[] args = ["app", "publish", "--image", "docker.io/daisee/billing-worker:0.1.0", "--checksum", "sha256:" + new string('a', 64), "--no-order"];

        var first = await Verbs(console).Parse(args).InvokeAsync();
        var second = await Verbs(console).Parse(args).InvokeAsync();

        Assert.That(first, Is.EqualTo(ExitCodes.Ok), console.Text);
        Assert.That(second, Is.EqualTo(ExitCodes.Ok), "publishing the same app again reuses it");
        var lines = console.Text.Split('\n').Where(l => l.StartsWith("App ", StringComparison.Ordinal)).ToArray();
        Assert.That(lines, Has.Length.EqualTo(2));
        Assert.That(lines[0], Is.EqualTo(lines[1]));
        Assert.That(lines[0], Does.Contain("owner " + TestAccounts.Requester.Address));
    }

    [Test]
    public void Rlc_Amounts_NineDecimalsTrimmed()
    {
        Assert.That(AccountCommand.Rlc(1), Is.EqualTo("0.000000001 RLC (1 nRLC)"));
        Assert.That(AccountCommand.Rlc(3_000_000_000), Is.EqualTo("3 RLC (3000000000 nRLC)"));
    }

    private RootCommand Verbs(RecordingConsole console)
    {
        IexecOptions Options() => IexecOptions.FromEnvironment(_environment.GetValueOrDefault);
        return [AccountCommand.Create(console.Console, Options), AppCommand.Create(console.Console, Options)];
    }
}
