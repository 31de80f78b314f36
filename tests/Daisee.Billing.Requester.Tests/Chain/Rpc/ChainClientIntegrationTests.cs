using System.Numerics;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Abi;
using Daisee.Billing.Requester.Chain.Crypto;
using Daisee.Billing.Requester.Chain.Rpc;
using NUnit.Framework;

namespace Daisee.Billing.Requester.Tests.Chain.Rpc;

/// <summary>The chain layer against a real anvil: EIP-1559 signing accepted by a node, receipts, reverts, logs, snapshots.</summary>
[Category("Integration")]
public class ChainClientIntegrationTests
{
    private static readonly Secp256k1Key Deployer = Secp256k1Key.FromHex(CastVectors.AnvilKey0);
    private static readonly Address Account1 = Address.Parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");

    private AnvilNode _node = null!;
    private ChainClient _client = null!;
    private string _snapshot = "";

    [OneTimeSetUp]
    public async Task StartNodeAsync()
    {
        _node = await AnvilNode.StartAsync(CancellationToken.None);
        _client = new ChainClient(_node.Rpc, Deployer, ChainClientOptions.LocalNode);
    }

    [OneTimeTearDown]
    public async Task StopNodeAsync()
    {
        _client?.Dispose();
        if (_node is not null)
        {
            await _node.DisposeAsync();
        }
    }

    [SetUp]
    public async Task SnapshotAsync() => _snapshot = await _node.Anvil.SnapshotAsync(CancellationToken.None);

    [TearDown]
    public async Task RevertAsync() => await _node.Anvil.RevertAsync(_snapshot, CancellationToken.None);

    [Test]
    public async Task GetChainIdAsync_Anvil_Is31337()
    {
        Assert.That(await _client.GetChainIdAsync(CancellationToken.None), Is.EqualTo(new BigInteger(31337)));
    }

    [Test]
    public async Task SendTransactionAsync_EtherTransfer_IsMinedAndMovesTheValue()
    {
        var before = await _client.GetBalanceAsync(Account1, CancellationToken.None);

        var receipt = await _client.SendTransactionAsync(Account1, ReadOnlyMemory<byte>.Empty, 12345, CancellationToken.None);

        Assert.That(receipt.Succeeded, Is.True);
        Assert.That(receipt.From, Is.EqualTo(Deployer.Address));
        Assert.That(await _client.GetBalanceAsync(Account1, CancellationToken.None) - before, Is.EqualTo(new BigInteger(12345)));
    }

    [Test]
    public async Task SendTransactionAsync_SeveralInARow_UseConsecutiveNonces()
    {
        var tasks = Enumerable.Range(0, 3).Select(_ => _client.SendTransactionAsync(Account1, ReadOnlyMemory<byte>.Empty, 1, CancellationToken.None));

        var receipts = await Task.WhenAll(tasks);

        Assert.That(receipts.All(r => r.Succeeded), Is.True);
        Assert.That(await _node.Rpc.GetTransactionCountAsync(Deployer.Address, BlockParameter.Latest, CancellationToken.None), Is.EqualTo(new BigInteger(3)));
    }

    [Test]
    public async Task SendTransactionAsync_ToRevertingContract_ThrowsWithTheReason()
    {
        var contract = await DeployAsync(TestContracts.RevertingRuntime());

        var exception = await Assert.ThrowsAsync<ContractRevertException>(
            () => _client.SendTransactionAsync(contract, new byte[] { 1 }, 0, CancellationToken.None));

        Assert.That(exception!.Reason.Kind, Is.EqualTo(RevertReasonKind.Error));
        Assert.That(exception.Reason.Message, Is.EqualTo("nope"));
    }

    [Test]
    public async Task CallAsync_RevertingContract_ThrowsWithTheReason()
    {
        var contract = await DeployAsync(TestContracts.RevertingRuntime());

        var exception = await Assert.ThrowsAsync<ContractRevertException>(() => _client.CallAsync(contract, new byte[] { 1 }, CancellationToken.None));

        Assert.That(exception!.Reason.Message, Is.EqualTo("nope"));
    }

    [Test]
    public async Task GetLogsAsync_EmittingContract_FindsAndDecodesTheEvent()
    {
        var ping = AbiEvent.Parse("Ping()");
        var contract = await DeployAsync(TestContracts.LoggingRuntime(ping.Topic));

        var receipt = await _client.SendTransactionAsync(contract, ReadOnlyMemory<byte>.Empty, 0, CancellationToken.None);
        var logs = await _client.GetLogsAsync(LogFilter.ForEvent(contract, ping.Topic, BlockParameter.Earliest, BlockParameter.Latest), CancellationToken.None);

        Assert.That(receipt.Logs.Single().Topics, Is.EqualTo(new[] { ping.Topic }));
        Assert.That(logs.Single().TransactionHash, Is.EqualTo(receipt.TransactionHash));
        Assert.That(ping.Matches(logs.Single().Topics), Is.True);
    }

    [Test]
    public async Task RevertAsync_AfterATransfer_RestoresNonceAndBalance()
    {
        var snapshot = await _node.Anvil.SnapshotAsync(CancellationToken.None);
        var before = await _client.GetBalanceAsync(Account1, CancellationToken.None);
        await _client.SendTransactionAsync(Account1, ReadOnlyMemory<byte>.Empty, 1, CancellationToken.None);

        Assert.That(await _node.Anvil.RevertAsync(snapshot, CancellationToken.None), Is.True);

        Assert.That(await _client.GetBalanceAsync(Account1, CancellationToken.None), Is.EqualTo(before));
        Assert.That(await _node.Rpc.GetTransactionCountAsync(Deployer.Address, BlockParameter.Pending, CancellationToken.None), Is.EqualTo(BigInteger.Zero));
    }

    [Test]
    public async Task FeeHistoryAsync_Anvil_ReportsBaseFees()
    {
        var history = await _node.Rpc.FeeHistoryAsync(1, BlockParameter.Latest, [50], CancellationToken.None);

        Assert.That(history.BaseFeePerGasWei, Has.Length.EqualTo(2));
        Assert.That(history.BaseFeePerGasWei[0], Is.GreaterThan(BigInteger.Zero));
    }

    private async Task<Address> DeployAsync(byte[] runtime)
    {
        var receipt = await _client.SendTransactionAsync(null, TestContracts.Deployable(runtime), 0, CancellationToken.None);
        var code = await _node.Rpc.GetCodeAsync(receipt.ContractAddress!.Value, BlockParameter.Latest, CancellationToken.None);
        Assert.That(code, Is.EqualTo(runtime));
        return receipt.ContractAddress.Value;
    }
}
