using System.Numerics;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Abi;
using Daisee.Billing.Requester.Chain.Rpc;
using NUnit.Framework;

namespace Daisee.Billing.Requester.Tests.Chain.Rpc;

public class JsonRpcClientTests
{
    private const string NopeRevert =
        "0x08c379a0"
        + "0000000000000000000000000000000000000000000000000000000000000020"
        + "0000000000000000000000000000000000000000000000000000000000000004"
        + "6e6f706500000000000000000000000000000000000000000000000000000000";

    [Test]
    public async Task ChainIdAsync_HexQuantity_IsParsed()
    {
        var (rpc, handler, http) = Create();
        using var _ = http;
        handler.On("eth_chainId", "0x7a69");

        Assert.That(await rpc.ChainIdAsync(CancellationToken.None), Is.EqualTo(new BigInteger(31337)));
        Assert.That((string?)handler.Requests.Single()["jsonrpc"], Is.EqualTo("2.0"));
    }

    [Test]
    public async Task CallAsync_AnvilRevertError_ThrowsWithDecodedReason()
    {
        var (rpc, handler, http) = Create();
        using var _ = http;
        handler.On("eth_call", FakeJsonRpcHandler.Error(3, "execution reverted: nope", NopeRevert));

        var exception = await Assert.ThrowsAsync<JsonRpcException>(
            () => rpc.CallAsync(new CallRequest(null, Address.Zero, []), BlockParameter.Latest, CancellationToken.None));

        Assert.That(exception!.Revert!.Kind, Is.EqualTo(RevertReasonKind.Error));
        Assert.That(exception.Revert.Message, Is.EqualTo("nope"));
        Assert.That(exception.Message, Does.Contain("nope"));
    }

    [Test]
    public async Task TryCallAsync_CustomError_IsDecodedWithKnownErrors()
    {
        var custom = AbiError.Parse("NotOwner(address caller)");
        var handler = new FakeJsonRpcHandler();
        using var http = new HttpClient(handler);
        var rpc = new EthRpc(new JsonRpcClient(http, new Uri("http://127.0.0.1:1/"), [custom]));
        handler.On("eth_call", FakeJsonRpcHandler.Error(3, "execution reverted", Hex.Encode(custom.Encode(Address.Zero))));

        var (_, error) = await rpc.TryCallAsync(new CallRequest(null, Address.Zero, []), BlockParameter.Latest, CancellationToken.None);

        Assert.That(error!.Revert!.Message, Is.EqualTo("NotOwner(0x0000000000000000000000000000000000000000)"));
    }

    [Test]
    public async Task SendAsync_UnknownMethod_ThrowsWithoutRevert()
    {
        var (rpc, _, http) = Create();
        using var _ = http;

        var exception = await Assert.ThrowsAsync<JsonRpcException>(() => rpc.MaxPriorityFeePerGasAsync(CancellationToken.None));

        Assert.That(exception!.Error.Code, Is.EqualTo(-32601));
        Assert.That(exception.Revert, Is.Null);
    }

    [Test]
    public async Task GetTransactionReceiptAsync_NotMined_IsNull()
    {
        var (rpc, handler, http) = Create();
        using var _ = http;
        handler.On("eth_getTransactionReceipt", (System.Text.Json.Nodes.JsonNode?)null);

        Assert.That(await rpc.GetTransactionReceiptAsync(default, CancellationToken.None), Is.Null);
    }

    [Test]
    public async Task GetLogsAsync_Filter_SendsAddressesAndTopics()
    {
        var (rpc, handler, http) = Create();
        using var _ = http;
        handler.On("eth_getLogs", new System.Text.Json.Nodes.JsonArray());
        var topic = Hash32.FromBigInteger(7);

        await rpc.GetLogsAsync(LogFilter.ForEvent(Address.Zero, topic, BlockParameter.Earliest, BlockParameter.Latest), CancellationToken.None);

        var filter = handler.RequestsFor("eth_getLogs").Single()["params"]![0]!;
        Assert.That(filter.ToJsonString(), Is.EqualTo(
            """{"fromBlock":"earliest","toBlock":"latest","address":["0x0000000000000000000000000000000000000000"],"topics":["0x0000000000000000000000000000000000000000000000000000000000000007"]}"""));
    }

    internal static (EthRpc Rpc, FakeJsonRpcHandler Handler, HttpClient Http) Create()
    {
        var handler = new FakeJsonRpcHandler();
        var http = new HttpClient(handler);
        return (new EthRpc(new JsonRpcClient(http, new Uri("http://127.0.0.1:1/"))), handler, http);
    }
}
