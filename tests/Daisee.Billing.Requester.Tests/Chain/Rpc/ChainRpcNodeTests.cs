using System.Numerics;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Abi;
using Daisee.Billing.Requester.Chain.Orders;
using Daisee.Billing.Requester.Iexec;
using NUnit.Framework;

namespace Daisee.Billing.Requester.Tests.Chain.Rpc;

/// <summary>The requester's chain client (Nethereum underneath) against a real anvil: signed transactions accepted by a node, receipts, reverts, logs, snapshots.</summary>
[Category("Integration")]
public class ChainRpcNodeTests
{
    private static readonly Nethereum.Signer.EthECKey Deployer = ChainKeys.FromHex(CastVectors.AnvilKey0);
    private static readonly Address Account1 = Address.Parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");

    private AnvilNode _node = null!;
    private string _snapshot = "";

    private IChainNode Node => _node.Node;

    [OneTimeSetUp]
    public async Task StartNodeAsync() => _node = await AnvilNode.StartAsync(CancellationToken.None);

    [OneTimeTearDown]
    public async Task StopNodeAsync()
    {
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
    public void ChainId_Anvil_Is31337()
    {
        Assert.That(Node.ChainId, Is.EqualTo(new BigInteger(31337)));
    }

    [Test]
    public async Task SendAsync_EtherTransfer_IsMinedAndMovesTheValue()
    {
        var before = await Node.GetBalanceAsync(Account1, CancellationToken.None);

        var outcome = await Node.SendAsync(Deployer, Account1, [], 12345, CancellationToken.None);

        Assert.That(outcome.GasUsed, Is.EqualTo(new BigInteger(21000)));
        Assert.That(await Node.GetBalanceAsync(Account1, CancellationToken.None) - before, Is.EqualTo(new BigInteger(12345)));
    }

    [Test]
    public async Task SendAsync_SeveralAtOnce_UseConsecutiveNonces()
    {
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Node.SendAsync(Deployer, Account1, [], 1, CancellationToken.None)));

        var count = await Node.RequestAsync("eth_getTransactionCount", [Deployer.Address.ToLowerHex(), "latest"], CancellationToken.None);
        Assert.That(outcomes.Select(o => o.Hash).Distinct().Count(), Is.EqualTo(3));
        Assert.That((string?)count, Is.EqualTo("0x3"));
    }

    [Test]
    public async Task SendAsync_ToRevertingContract_ThrowsWithTheReason()
    {
        var contract = await DeployAsync(TestContracts.RevertingRuntime());

        var exception = await Assert.ThrowsAsync<TransactionRevertedException>(() => Node.SendAsync(Deployer, contract, [1], CancellationToken.None));

        Assert.That(exception!.Reason!.Kind, Is.EqualTo(RevertReasonKind.Error));
        Assert.That(exception.Reason.Message, Is.EqualTo("nope"));
    }

    [Test]
    public async Task CallAsync_RevertingContract_ThrowsWithTheReason()
    {
        var contract = await DeployAsync(TestContracts.RevertingRuntime());

        var exception = await Assert.ThrowsAsync<TransactionRevertedException>(() => Node.CallAsync(contract, [1], CancellationToken.None));

        Assert.That(exception!.Reason!.Message, Is.EqualTo("nope"));
    }

    [Test]
    public async Task GetLogsAsync_EmittingContract_FindsTheEvent()
    {
        var ping = IexecIds.Keccak("Ping()"u8.ToArray());
        var contract = await DeployAsync(TestContracts.LoggingRuntime(ping));

        var outcome = await Node.SendAsync(Deployer, contract, [], CancellationToken.None);
        var logs = await Node.GetLogsAsync(new LogQuery(contract, [ping]), CancellationToken.None);

        Assert.That(outcome.Logs.Single().Topics, Is.EqualTo(new[] { ping }));
        Assert.That(logs.Single().TransactionHash, Is.EqualTo(outcome.Hash));
        Assert.That(logs.Single().BlockNumber, Is.EqualTo(outcome.BlockNumber));
    }

    [Test]
    public async Task RevertAsync_AfterATransfer_RestoresBalanceAndTheNextSendStillWorks()
    {
        var snapshot = await _node.Anvil.SnapshotAsync(CancellationToken.None);
        var before = await Node.GetBalanceAsync(Account1, CancellationToken.None);
        await Node.SendAsync(Deployer, Account1, [], 1, CancellationToken.None);

        Assert.That(await _node.Anvil.RevertAsync(snapshot, CancellationToken.None), Is.True);
        Assert.That(await Node.GetBalanceAsync(Account1, CancellationToken.None), Is.EqualTo(before));

        await Node.SendAsync(Deployer, Account1, [], 7, CancellationToken.None);
        Assert.That(await Node.GetBalanceAsync(Account1, CancellationToken.None) - before, Is.EqualTo(new BigInteger(7)));
    }

    [Test]
    public async Task SendAsync_Eip1559Chain_SendsType2()
    {
        var outcome = await Node.SendAsync(Deployer, Account1, [], 1, CancellationToken.None);

        var tx = await Node.RequestAsync("eth_getTransactionByHash", [outcome.Hash.ToString()], CancellationToken.None);
        Assert.That((string?)tx!["type"], Is.EqualTo("0x2"));
    }

    [Test]
    public async Task SendAsync_ChainWithoutBaseFee_FallsBackToALegacyTransaction()
    {
        await using var berlin = await AnvilNode.StartAsync(CancellationToken.None, "--hardfork", "berlin");
        var before = await berlin.Node.GetBalanceAsync(Account1, CancellationToken.None);

        var outcome = await berlin.Node.SendAsync(Deployer, Account1, [], 5, CancellationToken.None);

        var tx = await berlin.Node.RequestAsync("eth_getTransactionByHash", [outcome.Hash.ToString()], CancellationToken.None);
        Assert.That((string?)tx!["type"], Is.EqualTo("0x0"));
        Assert.That((string?)tx["chainId"], Is.EqualTo("0x7a69"));
        Assert.That(await berlin.Node.GetBalanceAsync(Account1, CancellationToken.None) - before, Is.EqualTo(new BigInteger(5)));
    }

    private async Task<Address> DeployAsync(byte[] runtime)
    {
        var outcome = await Node.SendAsync(Deployer, null, TestContracts.Deployable(runtime), CancellationToken.None);
        var code = (string?)await Node.RequestAsync("eth_getCode", [outcome.ContractAddress!.Value.ToLowerHex(), "latest"], CancellationToken.None);
        Assert.That(code, Is.EqualTo(Hex.Encode(runtime)));
        return outcome.ContractAddress.Value;
    }
}
