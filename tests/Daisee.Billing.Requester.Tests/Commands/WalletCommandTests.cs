using Daisee.Billing.Requester.Chain;
using System.CommandLine;
using Nethereum.Signer;
using Daisee.Billing.Requester.Commands;
using Daisee.Billing.Requester.Iexec;
using Daisee.Billing.Requester.Tests.Iexec.LocalStack;
using Daisee.Billing.Requester.Tests.Support;

namespace Daisee.Billing.Requester.Tests.Commands;

/// <summary><c>wallet create|import|show</c> with the password from the environment (light KDF to stay fast).</summary>
public sealed class WalletCommandTests
{
    private const string Password = "correct horse battery staple";
    private string _folder = null!;

    [SetUp]
    public void Create() => _folder = Directory.CreateTempSubdirectory("daisee-wallet-").FullName;

    [TearDown]
    public void Delete() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task Import_KnownKey_KeystoreUnlocksToItsAddressAndTheKeyIsNeverPrinted()
    {
        using var console = new RecordingConsole();
        var keyFile = Path.Combine(_folder, "key.txt");
        var hex = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
        await File.WriteAllTextAsync(keyFile, hex + "\n");
        var wallet = Path.Combine(_folder, "wallet.json");

        var exit = await Verb(console).Parse(["wallet", "import", "--wallet", wallet, "--key-file", keyFile, "--light"]).InvokeAsync();
        var shown = await Verb(console).Parse(["wallet", "show", "--wallet", wallet]).InvokeAsync();

        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), console.Text);
        Assert.That(shown, Is.EqualTo(ExitCodes.Ok), console.Text);
        Assert.That(WalletFile.Unlock(wallet, Password).Address, Is.EqualTo(TestAccounts.AppOwner.Address));
        Assert.That(console.Text, Does.Contain(TestAccounts.AppOwner.Address.ToString()));
        Assert.That(console.Text, Does.Not.Contain(hex[2..]).IgnoreCase);
        Assert.That(await File.ReadAllTextAsync(wallet), Does.Not.Contain(hex[2..]).IgnoreCase);
    }

    [Test]
    public async Task Show_KeystoreWithoutAddress_UnlocksWithThePasswordAndShowsTheAddress()
    {
        using var console = new RecordingConsole();
        var file = System.Text.Json.Nodes.JsonNode.Parse(Requester.Chain.Wallet.Keystore.Encrypt(TestAccounts.Scheduler, Password, Requester.Chain.Wallet.KeystoreOptions.Light))!.AsObject();
        file.Remove("address");
        var wallet = Path.Combine(_folder, "no-address.json");
        await File.WriteAllTextAsync(wallet, file.ToJsonString());

        var shown = await Verb(console).Parse(["wallet", "show", "--wallet", wallet]).InvokeAsync();

        Assert.That(shown, Is.EqualTo(ExitCodes.Ok), console.Text);
        Assert.That(console.Text, Does.Contain("Address: " + TestAccounts.Scheduler.Address));
    }

    [Test]
    public async Task Create_Twice_SecondRefusedAndTheFirstKept()
    {
        using var console = new RecordingConsole();
        var wallet = Path.Combine(_folder, "wallet.json");
        var first = await Verb(console).Parse(["wallet", "create", "--wallet", wallet, "--light"]).InvokeAsync();
        var address = WalletFile.ReadAddress(wallet, () => Password);

        var e = Assert.Throws<InvalidOperationException>(() => WalletFile.Save(wallet, ChainKeys.Generate(), Password, Requester.Chain.Wallet.KeystoreOptions.Light));

        Assert.That(first, Is.EqualTo(ExitCodes.Ok), console.Text);
        Assert.That(e!.Message, Does.Contain("already exists"));
        Assert.That(WalletFile.ReadAddress(wallet, () => Password), Is.EqualTo(address));
    }

    [Test]
    public void Unlock_WrongPassword_ErrorNamesTheFile()
    {
        var wallet = Path.Combine(_folder, "wallet.json");
        WalletFile.Save(wallet, TestAccounts.Worker, Password, Requester.Chain.Wallet.KeystoreOptions.Light);

        var e = Assert.Throws<InvalidOperationException>(() => WalletFile.Unlock(wallet, "nope"));

        Assert.That(e!.Message, Does.Contain(wallet).And.Contain("Wrong password"));
    }

    private static RootCommand Verb(RecordingConsole console) =>
        [WalletCommand.Create(console.Console, name => name == WalletFile.PasswordVariable ? Password : null)];
}
