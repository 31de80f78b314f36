using System.Net;
using Daisee.Billing.Requester.Iexec;
using Daisee.Billing.Requester.Iexec.LocalStack;
using Daisee.Billing.Requester.Tests.Chain.Orders;

namespace Daisee.Billing.Requester.Tests.Iexec.Retry;

/// <summary>
/// The Polly retry under every HTTP call (RPC, market API, SMS, result gateway), against a loopback
/// server that fails a given number of times: bounded attempts, the attempt shown on the log, and a
/// raw transaction looked up by hash before it is ever sent again.
/// </summary>
public class TransientRetryHandlerTests
{
    // cast mktx (foundry 1.7.1) --chain 31337 --nonce 3 … and the hash cast gives for it.
    private const string RawTransaction =
        "0x02f86a827a69036484773594648262709470997970c51812dc3a010c7d01b50e0d17dc79c805820102c080a0d1ea1a44d99639a3306afad8d3c9669c45ef0c9e320b1ab22e680ca066629ef1a0326ad83ed5871759f5d50d8dd7e226a655ecfe9f079032eb0d6a6db0683476b2";

    private const string TransactionHash = "0x5bc977bd8fc113c8fbeec57275da254f5b11247a01ea27b029fce03bed21d091";

    private static readonly RetrySettings Fast = new()
    {
        MaxAttempts = 4, FirstDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(40), AttemptTimeout = TimeSpan.FromMilliseconds(500),
    };

    private static readonly string SendRaw = $$"""{"jsonrpc":"2.0","id":7,"method":"eth_sendRawTransaction","params":["{{RawTransaction}}"]}""";

    [Test]
    public async Task GetAsync_TwoServerErrorsThenAnAnswer_ReturnsTheAnswerAfterThreeAttempts()
    {
        using var server = new ScriptedServer((n, _) => n <= 2 ? (503, "busy", TimeSpan.Zero) : (200, "{\"ok\":true}", TimeSpan.Zero));
        var log = new StringWriter();
        using var http = IexecHttp.Create(Fast, log);

        var body = await http.GetStringAsync(new Uri(server.Address, "apporders"));

        Assert.That(body, Is.EqualTo("{\"ok\":true}"));
        Assert.That(server.Count, Is.EqualTo(3));
        Assert.That(Lines(log), Is.EqualTo(new[]
        {
            $"GET {server.Address}apporders: HTTP 503 Service Unavailable, attempt 2/4",
            $"GET {server.Address}apporders: HTTP 503 Service Unavailable, attempt 3/4",
        }));
    }

    [Test]
    public async Task GetAsync_ConnectionRefused_GivesUpAfterFourAttemptsAndSaysSo()
    {
        var closed = new Uri($"http://127.0.0.1:{LoopbackPorts.Free()}/");
        var log = new StringWriter();
        using var http = IexecHttp.Create(Fast, log);

        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetStringAsync(closed));

        Assert.That(Lines(log), Is.EqualTo(new[]
        {
            $"GET {closed}: connection refused, attempt 2/4",
            $"GET {closed}: connection refused, attempt 3/4",
            $"GET {closed}: connection refused, attempt 4/4",
        }));
    }

    [Test]
    public async Task PostAsync_FirstTryTimesOut_RetriesAndLabelsItRpc()
    {
        using var server = new ScriptedServer((n, _) => (200, "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"0x7a69\"}", n == 1 ? TimeSpan.FromSeconds(2) : TimeSpan.Zero));
        var log = new StringWriter();
        using var http = IexecHttp.Create(Fast, log);

        using var response = await http.PostAsync(server.Address, Json("""{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}"""));

        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("0x7a69"));
        Assert.That(Lines(log), Is.EqualTo(new[] { $"RPC {server.Address}: no answer within 0.5 s, attempt 2/4" }));
    }

    [Test]
    public async Task PostAsync_JsonRpcErrorWithStatus200_IsTheNodesAnswerAndNotRetried()
    {
        using var server = new ScriptedServer((_, _) => (200, "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32000,\"message\":\"nonce too low\"}}", TimeSpan.Zero));
        var log = new StringWriter();
        using var http = IexecHttp.Create(Fast, log);

        using var response = await http.PostAsync(server.Address, Json(SendRaw));

        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("nonce too low"));
        Assert.That(server.Count, Is.EqualTo(1));
        Assert.That(log.ToString(), Is.Empty);
    }

    [Test]
    public async Task SendRawTransaction_FailsButTheNodeHasIt_LooksItUpInsteadOfSendingAgain()
    {
        using var server = new ScriptedServer((n, body) => n == 1
            ? (502, "bad gateway", TimeSpan.Zero)
            : (200, "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"hash\":\"" + TransactionHash + "\",\"nonce\":\"0x3\"}}", TimeSpan.Zero));
        var log = new StringWriter();
        using var http = IexecHttp.Create(Fast, log);

        using var response = await http.PostAsync(server.Address, Json(SendRaw));

        var bodies = server.Bodies.ToArray();
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo($$"""{"jsonrpc":"2.0","id":7,"result":"{{TransactionHash}}"}"""));
        Assert.That(bodies, Has.Length.EqualTo(2));
        Assert.That(bodies[1], Does.Contain("eth_getTransactionByHash").And.Contain(TransactionHash));
        Assert.That(bodies.Count(b => b.Contains("eth_sendRawTransaction", StringComparison.Ordinal)), Is.EqualTo(1));
    }

    [Test]
    public async Task SendRawTransaction_FailsAndTheNodeDoesNotHaveIt_SendsItAgainAfterLookingItUp()
    {
        using var server = new ScriptedServer((n, body) => n switch
        {
            1 => (503, "busy", TimeSpan.Zero),
            2 => (200, "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":null}", TimeSpan.Zero),
            _ => (200, $$"""{"jsonrpc":"2.0","id":7,"result":"{{TransactionHash}}"}""", TimeSpan.Zero),
        });
        using var http = IexecHttp.Create(Fast, new StringWriter());

        using var response = await http.PostAsync(server.Address, Json(SendRaw));

        var methods = server.Bodies.Select(b => b.Contains("eth_getTransactionByHash", StringComparison.Ordinal) ? "lookup" : "send").ToArray();
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(TransactionHash));
        Assert.That(methods, Is.EqualTo(new[] { "send", "lookup", "send" }));
    }

    [Test]
    public async Task ChainRpcNode_NodeFailsTwiceThenAnswers_Connects()
    {
        var chainId = 0;
        using var server = new ScriptedServer((n, body) => n <= 2
            ? (503, "busy", TimeSpan.Zero)
            : (200, body.Contains("eth_chainId", StringComparison.Ordinal)
                ? $$"""{"jsonrpc":"2.0","id":{{Id(body)}},"result":"0x7a69"}"""
                : "{\"jsonrpc\":\"2.0\",\"id\":" + Id(body) + ",\"result\":{\"number\":\"0x1\",\"hash\":\"" + TransactionHash + "\",\"baseFeePerGas\":\"0x1\",\"transactions\":[]}}", TimeSpan.Zero));

        using var node = await ChainRpcNode.ConnectAsync(server.Address, ChainNodeOptions.LocalNode with { Retry = Fast }, PocoAbi.All, CancellationToken.None);
        chainId = (int)node.ChainId;

        Assert.That(chainId, Is.EqualTo(31337));
        Assert.That(server.Count, Is.EqualTo(4));
    }

    private static string Id(string body) => System.Text.Json.Nodes.JsonNode.Parse(body)!["id"]!.ToJsonString();

    private static StringContent Json(string text) => new(text, System.Text.Encoding.UTF8, "application/json");

    private static string[] Lines(StringWriter log) => log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
