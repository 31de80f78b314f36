using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Daisee.Billing.Requester.Tests.Chain.Rpc;

/// <summary>
/// An in-memory JSON-RPC node: each method answers from a function of its params
/// (a result node, or an error object via <see cref="Error"/>). Records every request.
/// </summary>
internal sealed class FakeJsonRpcHandler : HttpMessageHandler
{
    private readonly ConcurrentDictionary<string, Func<JsonArray, JsonNode?>> _methods = new();

    public ConcurrentQueue<JsonObject> Requests { get; } = new();

    public FakeJsonRpcHandler On(string method, Func<JsonArray, JsonNode?> answer)
    {
        _methods[method] = answer;
        return this;
    }

    public FakeJsonRpcHandler On(string method, JsonNode? result) => On(method, _ => result?.DeepClone());

    public static JsonObject Error(int code, string message, string? data = null)
    {
        var error = new JsonObject { ["code"] = code, ["message"] = message };
        if (data is not null)
        {
            error["data"] = data;
        }

        return new JsonObject { ["__error"] = error };
    }

    public IEnumerable<JsonObject> RequestsFor(string method) =>
        Requests.Where(r => (string?)r["method"] == method);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = await request.Content!.ReadAsStringAsync(cancellationToken);
        var call = (JsonObject)JsonNode.Parse(body)!;
        Requests.Enqueue(call);
        var method = (string)call["method"]!;
        var answer = _methods.TryGetValue(method, out var f)
            ? f((JsonArray)call["params"]!)
            : Error(-32601, $"the method {method} does not exist/is not available");
        var response = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = call["id"]!.DeepClone() };
        if (answer is JsonObject obj && obj["__error"] is { } error)
        {
            response["error"] = error.DeepClone();
        }
        else
        {
            response["result"] = answer?.DeepClone();
        }

        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(response.ToJsonString(), Encoding.UTF8, "application/json"),
        };
    }
}
