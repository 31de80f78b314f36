using System.Numerics;
using System.Text.Json.Nodes;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Abi;
using Daisee.Billing.Requester.Chain.Crypto;
using Daisee.Billing.Requester.Chain.Rlp;
using Daisee.Billing.Requester.Chain.Rpc;
using Daisee.Billing.Requester.Chain.Transactions;
using NUnit.Framework;

namespace Daisee.Billing.Requester.Tests.Chain.Rpc;

public class ChainClientTests
{
    private static readonly Secp256k1Key Key = Secp256k1Key.FromHex(CastVectors.AnvilKey0);
    private static readonly Address Target = Address.Parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
    private static readonly ChainClientOptions Fast = ChainClientOptions.LocalNode with { PollInterval = TimeSpan.FromMilliseconds(1) };

    [Test]
    public async Task SendTransactionAsync_Eip1559Node_SignsType2WithEstimatedGasAndFees()
    {
        var (client, handler, http) = Create(baseFee: "0x3b9aca00");
        using var _ = http;
        using var __ = client;

        var receipt = await client.SendTransactionAsync(Target, new byte[] { 1, 2 }, 5, CancellationToken.None);

        var raw = Hex.Decode((string)handler.RequestsFor("eth_sendRawTransaction").Single()["params"]![0]!);
        var tx = RlpDecoder.Decode(raw.AsSpan(1)).Items;
        Assert.That(raw[0], Is.EqualTo(Eip1559Transaction.TypeByte));
        Assert.That(tx[0].ToInteger(), Is.EqualTo(new BigInteger(31337)), "chain id");
        Assert.That(tx[1].ToInteger(), Is.EqualTo(new BigInteger(7)), "pending nonce");
        Assert.That(tx[2].ToInteger(), Is.EqualTo(new BigInteger(100)), "tip");
        Assert.That(tx[3].ToInteger(), Is.EqualTo(new BigInteger(2_000_000_100)), "2·baseFee + tip");
        Assert.That(tx[4].ToInteger(), Is.EqualTo(new BigInteger(25_200)), "estimate + 20 %");
        Assert.That(SenderOf(tx), Is.EqualTo(Key.Address));
        Assert.That(receipt.Succeeded, Is.True);
    }

    [Test]
    public async Task SendTransactionAsync_NoBaseFee_FallsBackToLegacyEip155()
    {
        var (client, handler, http) = Create(baseFee: null);
        using var _ = http;
        using var __ = client;

        await client.SendTransactionAsync(Target, ReadOnlyMemory<byte>.Empty, 0, CancellationToken.None);

        var raw = Hex.Decode((string)handler.RequestsFor("eth_sendRawTransaction").Single()["params"]![0]!);
        var tx = RlpDecoder.Decode(raw).Items;
        Assert.That(tx[1].ToInteger(), Is.EqualTo(new BigInteger(999)), "eth_gasPrice");
        Assert.That(tx[6].ToInteger(), Is.AnyOf(new BigInteger((31337 * 2) + 35), new BigInteger((31337 * 2) + 36)));
    }

    [Test]
    public async Task SendTransactionAsync_EstimationReverts_ThrowsContractRevertWithReason()
    {
        var (client, handler, http) = Create(baseFee: "0x1");
        using var _ = http;
        using var __ = client;
        handler.On("eth_estimateGas", FakeJsonRpcHandler.Error(3, "execution reverted", Hex.Encode(RevertReason.ErrorString.Encode("iExecV5-matchOrders-0x06"))));

        var exception = await Assert.ThrowsAsync<ContractRevertException>(
            () => client.SendTransactionAsync(Target, ReadOnlyMemory<byte>.Empty, 0, CancellationToken.None));

        Assert.That(exception!.Reason.Message, Is.EqualTo("iExecV5-matchOrders-0x06"));
        Assert.That(exception.Receipt, Is.Null);
        Assert.That(exception.Message, Does.Contain("would revert: iExecV5-matchOrders-0x06"));
        Assert.That(handler.RequestsFor("eth_sendRawTransaction"), Is.Empty);
    }

    [Test]
    public async Task SendTransactionAsync_MinedWithStatusZero_ReplaysForTheReason()
    {
        var (client, handler, http) = Create(baseFee: "0x1", status: "0x0");
        using var _ = http;
        using var __ = client;
        handler.On("eth_call", FakeJsonRpcHandler.Error(3, "execution reverted", Hex.Encode(RevertReason.PanicCode.Encode(0x11))));

        var exception = await Assert.ThrowsAsync<ContractRevertException>(
            () => client.SendTransactionAsync(Target, ReadOnlyMemory<byte>.Empty, 0, CancellationToken.None));

        Assert.That(exception!.Receipt, Is.Not.Null);
        Assert.That(exception.Reason.Message, Is.EqualTo("panic 0x11: arithmetic overflow or underflow"));
        Assert.That((string)handler.RequestsFor("eth_call").Single()["params"]![1]!, Is.EqualTo("0x2a"), "replayed at the receipt's block");
    }

    [Test]
    public async Task WaitForReceiptAsync_NeverMined_TimesOutWithAdvice()
    {
        var (client, handler, http) = Create(baseFee: "0x1");
        using var _ = http;
        using var __ = client;
        handler.On("eth_getTransactionReceipt", (JsonNode?)null);
        using var slowClient = new ChainClient(new EthRpc(new JsonRpcClient(http, new Uri("http://127.0.0.1:1/"))), Key, Fast with { MaxPollAttempts = 3 });

        var exception = await Assert.ThrowsAsync<TimeoutException>(() => slowClient.WaitForReceiptAsync(default, CancellationToken.None));

        Assert.That(exception!.Message, Does.Contain("not mined after 3 checks"));
    }

    [Test]
    public async Task CallAsync_Revert_ThrowsContractRevert()
    {
        var (client, handler, http) = Create(baseFee: "0x1");
        using var _ = http;
        using var __ = client;
        handler.On("eth_call", FakeJsonRpcHandler.Error(3, "execution reverted", "0x"));

        var exception = await Assert.ThrowsAsync<ContractRevertException>(() => client.CallAsync(Target, ReadOnlyMemory<byte>.Empty, CancellationToken.None));

        Assert.That(exception!.Reason.Kind, Is.EqualTo(RevertReasonKind.Empty));
    }

    private static Address SenderOf(IReadOnlyList<RlpItem> fields)
    {
        var unsigned = new Eip1559Transaction(
            fields[0].ToInteger(), fields[1].ToInteger(), fields[2].ToInteger(), fields[3].ToInteger(), fields[4].ToInteger(),
            new Address(fields[5].Bytes.AsSpan()), fields[6].ToInteger(), fields[7].Bytes);
        var signature = new Signature(fields[10].ToInteger(), fields[11].ToInteger(), (byte)fields[9].ToInteger());
        return EcRecover.RecoverAddress(unsigned.SigningHash(), signature);
    }

    private static (ChainClient Client, FakeJsonRpcHandler Handler, HttpClient Http) Create(string? baseFee, string status = "0x1")
    {
        var handler = new FakeJsonRpcHandler()
            .On("eth_chainId", "0x7a69")
            .On("eth_getTransactionCount", "0x7")
            .On("eth_estimateGas", "0x5208")
            .On("eth_gasPrice", "0x3e7")
            .On("eth_maxPriorityFeePerGas", "0x64")
            .On("eth_getBlockByNumber", Block(baseFee))
            .On("eth_sendRawTransaction", p => Hash32.FromBigInteger(0xabc).ToString())
            .On("eth_getTransactionReceipt", Receipt(status));
        var http = new HttpClient(handler);
        var rpc = new EthRpc(new JsonRpcClient(http, new Uri("http://127.0.0.1:1/")));
        return (new ChainClient(rpc, Key, Fast), handler, http);
    }

    private static JsonObject Block(string? baseFee)
    {
        var block = new JsonObject { ["number"] = "0x2a", ["hash"] = Hash32.FromBigInteger(1).ToString(), ["timestamp"] = "0x6553f100" };
        if (baseFee is not null)
        {
            block["baseFeePerGas"] = baseFee;
        }

        return block;
    }

    private static JsonObject Receipt(string status) => new()
    {
        ["transactionHash"] = Hash32.FromBigInteger(0xabc).ToString(),
        ["blockHash"] = Hash32.FromBigInteger(1).ToString(),
        ["blockNumber"] = "0x2a",
        ["from"] = Key.Address.ToLowerHex(),
        ["to"] = Target.ToLowerHex(),
        ["contractAddress"] = null,
        ["status"] = status,
        ["gasUsed"] = "0x5208",
        ["effectiveGasPrice"] = "0x3b9aca64",
        ["logs"] = new JsonArray(),
    };
}
