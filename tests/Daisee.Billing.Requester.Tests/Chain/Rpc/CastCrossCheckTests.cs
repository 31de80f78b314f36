using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Orders;
using Daisee.Billing.Requester.Iexec.LocalStack;
using Daisee.Billing.Requester.Chain.Wallet;
using Daisee.Billing.Requester.Tests.Chain.Orders;
using Nethereum.Hex.HexConvertors.Extensions;
using NUnit.Framework;

namespace Daisee.Billing.Requester.Tests.Chain.Rpc;

/// <summary>What we write, read by foundry's cast (a standard tool), and what cast writes, read by us: keystores, EIP-712 typed data, EIP-191.</summary>
[Category("Integration")]
public class CastCrossCheckTests
{
    private string _directory = "";

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("daisee-cast-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [TestCase(false)]
    [TestCase(true)]
    public async Task Keystore_WrittenByUs_IsDecryptedByCast(bool standard)
    {
        var cast = LocalTools.RequireCast();
        var key = ChainKeys.Generate();
        var json = Keystore.Encrypt(key, "daisee pw", standard ? KeystoreOptions.Standard : KeystoreOptions.Light);
        await File.WriteAllTextAsync(Path.Combine(_directory, "ours"), json);

        var output = await LocalTools.RunAsync(
            cast, ["wallet", "decrypt-keystore", "--keystore-dir", _directory, "ours", "--unsafe-password", "daisee pw"], CancellationToken.None);
        var address = await LocalTools.RunAsync(
            cast, ["wallet", "address", "--keystore", Path.Combine(_directory, "ours"), "--password", "daisee pw"], CancellationToken.None);

        Assert.That(output, Does.EndWith(key.GetPrivateKeyAsBytes().ToHex(true)));
        Assert.That(Address.Parse(address), Is.EqualTo(key.Address));
        if (standard)
        {
            Assert.That(json, Does.Contain("\"n\":262144").And.Contain("\"r\":8").And.Contain("\"p\":1"));
        }
    }

    [Test]
    public async Task Keystore_WrittenByCast_IsDecryptedByUs()
    {
        var cast = LocalTools.RequireCast();
        await LocalTools.RunAsync(cast, ["wallet", "new", _directory, "theirs", "--unsafe-password", "pw"], CancellationToken.None);
        var privateKey = await LocalTools.RunAsync(
            cast, ["wallet", "decrypt-keystore", "--keystore-dir", _directory, "theirs", "--unsafe-password", "pw"], CancellationToken.None);

        var castAddress = await LocalTools.RunAsync(
            cast, ["wallet", "address", "--keystore", Path.Combine(_directory, "theirs"), "--password", "pw"], CancellationToken.None);

        var ok = Keystore.TryDecrypt(await File.ReadAllTextAsync(Path.Combine(_directory, "theirs")), "pw", out var key, out var error);
        var shown = Daisee.Billing.Requester.Iexec.WalletFile.ReadAddress(Path.Combine(_directory, "theirs"), () => "pw");

        Assert.That(ok, Is.True, error);
        Assert.That(privateKey, Does.EndWith(key!.GetPrivateKeyAsBytes().ToHex(true)));
        Assert.That(shown, Is.EqualTo(Address.Parse(castAddress)));
    }

    [Test]
    public async Task TypedData_RequestOrder_CastSignsTheSameBytes()
    {
        var cast = LocalTools.RequireCast();
        var file = Path.Combine(_directory, "request.json");
        await File.WriteAllTextAsync(file, OrderSigning.ToTypedDataJson(ProtocolOrders.RequestOrder, ProtocolOrders.Domain));

        var signature = await LocalTools.RunAsync(
            cast, ["wallet", "sign", "--private-key", CastVectors.AnvilKey0, "--data", "--from-file", file], CancellationToken.None);

        Assert.That(signature, Is.EqualTo(OrderSigning.Sign(ProtocolOrders.RequestOrder, ProtocolOrders.Domain, ProtocolOrders.Key).SignHex));
    }

    [Test]
    public async Task PersonalMessage_WorkerAuthorization_CastSignsTheSameBytes()
    {
        var cast = LocalTools.RequireCast();
        var scheduler = ChainKeys.FromHex(CastVectors.AnvilKey0);
        var worker = Address.Parse("0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc");
        var taskId = IexecIds.Keccak("task"u8.ToArray());
        var message = WorkerAuthorization.Message(worker, taskId, Address.Zero);

        var signature = await LocalTools.RunAsync(
            cast, ["wallet", "sign", "--private-key", CastVectors.AnvilKey0, message.ToString()], CancellationToken.None);

        Assert.That(signature, Is.EqualTo(Hex.Encode(WorkerAuthorization.Sign(scheduler, worker, taskId, Address.Zero))));
    }
}
